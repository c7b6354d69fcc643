// The background's IAM data: one JSON file per service shipped in the extension (iam/<key>.json, added to the
// build by wxt.config.ts), read with fetch. Chrome's MV3 service worker refuses import() of code-split chunks
// ("import() is disallowed on ServiceWorkerGlobalScope"), and a static import would put the whole 1.25 MB
// reference into every worker start; Firefox's background reads the same files so both browsers explain alike.
import { browser } from 'wxt/browser';
import { SERVICE_KEYS } from '../../lib/iam/generated/keys.js';
import { createServiceLoader, type ServiceSource } from '../../lib/iam/loader';
import type { ServiceData } from '../../lib/iam/types';

/** Where the build puts a service's file inside the extension. */
export const iamFilePath = (key: string) => `/iam/${key}.json`;

export function fileSource(fetchFile: (path: string) => Promise<Response>): ServiceSource {
  const keys = new Set(SERVICE_KEYS);
  return {
    known: (key) => keys.has(key),
    async read(key) {
      const response = await fetchFile(iamFilePath(key));
      if (!response.ok) throw new Error(`IAM data for ${key}: HTTP ${response.status}`);
      return (await response.json()) as ServiceData;
    },
  };
}

// WXT types getURL with the files of public/ only; these are added at build time.
const extensionUrl = browser.runtime.getURL as (path: string) => string;

export const iamFiles = createServiceLoader(fileSource((path) => fetch(extensionUrl(path))));

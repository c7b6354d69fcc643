// Loads the IAM data of only the services an explanation needs. The module map holds one literal dynamic import
// per service, which esbuild (CLI) and Vite (extension) both understand: the extension fetches one small chunk per
// service on first use instead of the whole reference.
import { serviceLoaders } from './generated/services.js';
import { IamIndex } from './index';
import type { ServiceData } from './types';

const cache = new Map<string, Promise<ServiceData | null>>();

/** Whether IAM data exists for a service prefix (e.g. `s3`); no loading involved. */
export function knownService(service: string): boolean {
  return Object.prototype.hasOwnProperty.call(serviceLoaders, service.toLowerCase());
}

export function loadService(service: string): Promise<ServiceData | null> {
  const key = service.toLowerCase();
  let pending = cache.get(key);
  if (!pending) {
    const loader = knownService(key) ? serviceLoaders[key] : undefined;
    pending = loader
      ? loader().then(
          (m) => m.default,
          (err: unknown) => {
            cache.delete(key); // a failed chunk load may succeed later (e.g. extension update in progress)
            throw err;
          },
        )
      : Promise.resolve(null);
    cache.set(key, pending);
  }
  return pending;
}

/** An index over the given services; unknown service prefixes are skipped. */
export async function loadIndex(services: Iterable<string>): Promise<IamIndex> {
  const data = await Promise.all([...new Set([...services].map((s) => s.toLowerCase()))].map(loadService));
  return new IamIndex(data.filter((d): d is ServiceData => d !== null));
}

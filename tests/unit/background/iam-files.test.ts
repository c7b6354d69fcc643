// The background's IAM data files hold exactly what Node's generated modules hold, for every service, and the
// loader reads them through fetch the way the built extension does (a Response per file).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../entrypoints/background/iam-files';
import { SERVICE_KEYS } from '../../../lib/iam/generated/keys.js';
import { serviceLoaders } from '../../../lib/iam/generated/services.js';
import { createServiceLoader } from '../../../lib/iam/loader';
import { readService } from '../iam/all-services';

const jsonDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/iam/generated/json');
const fromDisk = async (path: string) => {
  const m = /^\/iam\/([a-z0-9-]+)\.json$/.exec(path);
  try {
    return new Response(readFileSync(join(jsonDir, `${m?.[1] ?? 'x'}.json`)), { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
};

describe('background IAM files', () => {
  it('list the same services as the module map', () => {
    expect([...SERVICE_KEYS].sort()).toEqual(Object.keys(serviceLoaders).sort());
  });

  it('hold the same data as the generated modules, service by service', async () => {
    const source = fileSource(fromDisk);
    const differ: string[] = [];
    for (const key of SERVICE_KEYS) {
      if (JSON.stringify(await source.read(key)) !== JSON.stringify(readService(key))) differ.push(key);
    }
    expect(differ).toEqual([]);
  });

  it('report a missing or broken file as unavailable data, not as an unknown action', async () => {
    const loader = createServiceLoader(
      fileSource(async (path) => (path.includes('/s3.') ? new Response('{"oops"', { status: 200 }) : path.includes('/kms.') ? new Response('', { status: 404 }) : fromDisk(path))),
    );
    const index = await loader.loadIndex(['s3', 'kms', 'lambda']);
    expect(index.unavailableServices().sort()).toEqual(['kms', 's3']);
    expect(index.action('lambda:InvokeFunction')).not.toBeNull();
  });
});

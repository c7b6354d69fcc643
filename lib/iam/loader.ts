// The per-service loading of the IAM data, whatever carries it: Node and the CLI bundle import the generated
// modules (lib/iam/load.ts), the extension's background fetches the JSON files it ships
// (entrypoints/background/iam-files.ts). One cache per source; a service whose data cannot be read is reported
// on the index (IamIndex.unavailable), never turned into an empty answer that looks like "no such action".
import { IamIndex } from './index';
import type { ServiceData } from './types';

export interface ServiceSource {
  /** Whether data exists for this lower-case service key; no loading involved. */
  known(key: string): boolean;
  /** Reads one known service's data; rejects when it cannot be read. */
  read(key: string): Promise<ServiceData>;
}

export interface ServiceLoader {
  knownService(service: string): boolean;
  /** The service's data, null for a service without data; rejects when known data cannot be read. */
  loadService(service: string): Promise<ServiceData | null>;
  /** An index over the given services; unknown prefixes are skipped, unreadable ones listed as unavailable. */
  loadIndex(services: Iterable<string>): Promise<IamIndex>;
}

export function createServiceLoader(source: ServiceSource): ServiceLoader {
  const cache = new Map<string, Promise<ServiceData | null>>();
  const knownService = (service: string) => source.known(service.toLowerCase());

  function loadService(service: string): Promise<ServiceData | null> {
    const key = service.toLowerCase();
    let pending = cache.get(key);
    if (!pending) {
      pending = knownService(key)
        ? source.read(key).then(checked(key), (err: unknown) => {
            cache.delete(key); // a failed read may succeed later (e.g. an extension update in progress)
            throw err;
          })
        : Promise.resolve(null);
      cache.set(key, pending);
    }
    return pending;
  }

  async function loadIndex(services: Iterable<string>): Promise<IamIndex> {
    const keys = [...new Set([...services].map((s) => s.toLowerCase()))];
    const results = await Promise.allSettled(keys.map(loadService));
    const data: ServiceData[] = [];
    const unavailable: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        if (r.value) data.push(r.value);
      } else unavailable.push(keys[i]!);
    });
    return new IamIndex(data, unavailable);
  }

  return { knownService, loadService, loadIndex };
}

// A file that parses but is not the service asked for (a stale or damaged build) is as unreadable as a missing one.
function checked(key: string) {
  return (data: ServiceData): ServiceData => {
    if (!data || data.key !== key || !Array.isArray(data.actions) || typeof data.resources !== 'object') {
      throw new Error(`IAM data for ${key} is not in the expected shape`);
    }
    return data;
  };
}

// The per-service loader over any source: one read per service, unreadable data reported on the index (never an
// exception, never an empty index that looks like "no such action"), and a later retry after a failure.
import { describe, expect, it } from 'vitest';
import { createServiceLoader, type ServiceSource } from '../../../lib/iam/loader';
import type { ServiceData } from '../../../lib/iam/types';

const data = (key: string): ServiceData => ({ key, name: key.toUpperCase(), rcp: false, resources: {}, actions: [['Do', 'W', '']] });

function source(fail: Set<string>, reads: string[]): ServiceSource {
  return {
    known: (key) => ['s3', 'kms', 'iam'].includes(key),
    read: async (key) => {
      reads.push(key);
      if (fail.has(key)) throw new Error(`cannot read ${key}`);
      return key === 'iam' ? ({ ...data('s3') } as ServiceData) : data(key);
    },
  };
}

describe('createServiceLoader', () => {
  it('reads each service once, in any case, and skips services without data', async () => {
    const reads: string[] = [];
    const loader = createServiceLoader(source(new Set(), reads));
    const index = await loader.loadIndex(['S3', 's3', 'kms', 'no-such']);
    await loader.loadIndex(['s3']);
    expect(reads).toEqual(['s3', 'kms']);
    expect(index.action('s3:Do')?.action).toBe('s3:Do');
    expect(index.unavailableServices()).toEqual([]);
    expect(loader.knownService('KMS')).toBe(true);
    expect(await loader.loadService('no-such')).toBeNull();
  });

  it('lists an unreadable service on the index instead of failing, and reads it again next time', async () => {
    const reads: string[] = [];
    const fail = new Set(['s3']);
    const loader = createServiceLoader(source(fail, reads));
    const first = await loader.loadIndex(['s3', 'kms']);
    expect(first.isUnavailable('s3')).toBe(true);
    expect(first.isUnavailable('kms')).toBe(false);
    expect(first.action('kms:Do')).not.toBeNull();
    fail.clear();
    const second = await loader.loadIndex(['s3']);
    expect(second.isUnavailable('s3')).toBe(false);
    expect(second.action('s3:Do')).not.toBeNull();
    expect(reads.filter((k) => k === 's3')).toHaveLength(2);
  });

  it('treats data of another service or of the wrong shape as unreadable', async () => {
    const loader = createServiceLoader(source(new Set(), []));
    const index = await loader.loadIndex(['iam']);
    expect(index.isUnavailable('iam')).toBe(true);
    await expect(loader.loadService('iam')).rejects.toThrow(/expected shape/);
  });
});

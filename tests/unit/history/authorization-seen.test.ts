// A retry of the same denial is a new request with a new authorization ID, merged into the same record: the record
// keeps when its current ID was first seen, since that ID's details last about 24 h from then (issue 12).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../lib/history/transfer';
import { openHistory } from '../../../lib/history/store';
import { makeFinding } from './fixtures/findings';

it('the ID’s first sighting is kept until a new ID arrives', async () => {
  let clock = Date.UTC(2026, 11, 4, 9, 0);
  const history = await openHistory({ indexedDB: new IDBFactory(), now: () => clock });
  const sight = async (authorizationId: string | null) => {
    const result = await history.record([makeFinding({ authorizationId })], { source: 'console', pageUrl: 'https://console.aws.amazon.com/iam/' });
    if (!result.ok) throw new Error('write failed');
    return (await history.all())[0]!;
  };
  const t0 = clock;
  expect((await sight('FirstRequest01')).authorizationSeenAt).toBe(t0);
  clock += 3_600_000;
  expect((await sight('FirstRequest01')).authorizationSeenAt).toBe(t0);
  clock += 3_600_000;
  const t2 = clock;
  const retried = await sight('SecondRequest02');
  expect(retried).toMatchObject({ authorizationSeenAt: t2, firstSeenAt: t0, count: 3 });
  expect(retried.finding.authorizationId).toBe('SecondRequest02');
  clock += 3_600_000;
  expect((await sight(null)).authorizationSeenAt).toBe(t2);
  // Export and import keep it, and the ID with it.
  const parsed = parseImport(exportJson(await history.all(), { mask: false }));
  expect(parsed.ok && parsed.records[0]).toMatchObject({ authorizationSeenAt: t2, finding: { authorizationId: 'SecondRequest02' } });
  history.close();
});

it('a denial without an ID has no such time', async () => {
  const history = await openHistory({ indexedDB: new IDBFactory() });
  await history.record([makeFinding()], { source: 'paste', pageUrl: null });
  expect((await history.all())[0]!.authorizationSeenAt).toBeUndefined();
  history.close();
});

import { describe, expect, it } from 'vitest';
import { facets, filterRecords, parseSearch, serviceOf } from '../../../lib/history/query';
import type { HistoryRecord } from '../../../lib/model';
import { makeFinding, makeRecord } from './fixtures/findings';

const records: HistoryRecord[] = [
  makeRecord(1, { finding: makeFinding({ action: 's3:GetObject', resource: 'arn:aws:s3:::logs/a.txt', policyType: 'resource' }) }),
  makeRecord(2, { finding: makeFinding({ action: 'kms:Decrypt', principal: 'arn:aws:iam::123456789012:user/bob', policyType: 'scp' }) }),
  makeRecord(3, { finding: makeFinding({ action: 'ec2:RunInstances', resource: '*', policyType: 'identity' }), source: 'paste' }),
  makeRecord(4, {
    finding: makeFinding({ category: 'credentials', action: null, resource: null, policyType: null, denyKind: null, errorCode: 'ExpiredToken', principal: null }),
  }),
];
const ids = (list: HistoryRecord[]) => list.map((r) => r.id);

describe('history search and filters', () => {
  it('finds by action, principal, resource and service, case-insensitively', () => {
    expect(ids(filterRecords(records, { text: 'getobject' }))).toEqual(['rec-00001']);
    expect(ids(filterRecords(records, { text: 'user/BOB' }))).toEqual(['rec-00002']);
    expect(ids(filterRecords(records, { text: 'logs/a.txt' }))).toEqual(['rec-00001']);
    expect(ids(filterRecords(records, { text: 'ec2' }))).toEqual(['rec-00003']);
    expect(ids(filterRecords(records, { text: 'expiredtoken' }))).toEqual(['rec-00004']);
  });

  it('requires every word and supports field:value words', () => {
    expect(ids(filterRecords(records, { text: 'kms bob' }))).toEqual(['rec-00002']);
    expect(ids(filterRecords(records, { text: 'kms alice' }))).toEqual([]);
    expect(ids(filterRecords(records, { text: 'service:s3' }))).toEqual(['rec-00001']);
    expect(ids(filterRecords(records, { text: 'principal:alice' }))).toEqual(['rec-00001', 'rec-00003']);
    expect(ids(filterRecords(records, { text: 'layer:scp' }))).toEqual(['rec-00002']);
    // "s3:GetObject" is an action, not a field query.
    expect(parseSearch('s3:GetObject')).toEqual([{ field: null, value: 's3:getobject' }]);
  });

  it('filters by layer, service and source; unknown layer includes credentials findings', () => {
    expect(ids(filterRecords(records, { policyType: 'identity' }))).toEqual(['rec-00003']);
    expect(ids(filterRecords(records, { policyType: 'unknown' }))).toEqual(['rec-00004']);
    expect(ids(filterRecords(records, { service: 'KMS' }))).toEqual(['rec-00002']);
    expect(ids(filterRecords(records, { source: 'paste' }))).toEqual(['rec-00003']);
    expect(ids(filterRecords(records, {}))).toEqual(ids(records));
  });

  it('derives the service from the action, else from the resource ARN', () => {
    expect(serviceOf(makeFinding({ action: 'DynamoDB:GetItem' }))).toBe('dynamodb');
    expect(serviceOf(makeFinding({ action: null, resource: 'arn:aws:sqs:us-east-1:123456789012:q' }))).toBe('sqs');
    expect(serviceOf(makeFinding({ action: null, resource: null }))).toBeNull();
  });

  it('counts records per service and per layer, and sightings', () => {
    const f = facets(records);
    expect(f.total).toBe(4);
    expect(f.sightings).toBe(records.reduce((n, r) => n + r.count, 0));
    expect(Object.fromEntries(f.services)).toEqual({ s3: 1, kms: 1, ec2: 1 });
    expect(Object.fromEntries(f.policyTypes)).toEqual({ resource: 1, scp: 1, identity: 1, unknown: 1 });
  });

  it('filters 10,000 records to the one that matches', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => makeRecord(i));
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    const found = filterRecords(many, { text: 'bucket-9999', policyType: 'identity' });
    expect(found).toHaveLength(1);
  });
});

// Athena's refused S3 location names no action; its wording says whether a table's data could not be read or the
// query's results could not be written, and the fix follows from that (lib/explain/athena.ts).
import { describe, expect, it } from 'vitest';
import { athenaNeed } from '../../../lib/explain/athena';
import { explain } from '../../../lib/explain/index';
import type { PolicyDocument } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { evaluate, validatorFor } from '../../support/iam-engine';

const READ = 'Your query has the following error(s):\n\nPermission denied on S3 path: s3://lake-raw/clicks/dt=2026-11-30/part-0001.parquet\n\nThis query ran against the "web" database.';
const WRITE = 'Your query has the following errors:Access denied when writing output to url: s3://query-results-111122223333/Unsaved/2026/12/01/q.csv . Please ensure you are allowed to access the S3 bucket.';

describe('athenaNeed', () => {
  it.each([
    [
      'a data file: its folder, the bucket for listing',
      'Permission denied on S3 path: s3://lake-raw/clicks/dt=2026-11-30/part-0001.parquet',
      'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0001.parquet',
      [
        ['s3:GetObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/*'],
        ['s3:ListBucket', 'arn:aws:s3:::lake-raw'],
        ['s3:GetBucketLocation', 'arn:aws:s3:::lake-raw'],
      ],
    ],
    ['a prefix ending in /', 'Permission denied on S3 path: s3://lake/raw/', 'arn:aws:s3:::lake/raw/', [['s3:GetObject', 'arn:aws:s3:::lake/raw/*']]],
    ['an object at the bucket root', 'Permission denied on S3 path: s3://lake/a.csv', 'arn:aws:s3:::lake/a.csv', [['s3:GetObject', 'arn:aws:s3:::lake/*']]],
    ['the bucket alone', 'Permission denied on S3 path: s3://lake', 'arn:aws:s3:::lake', [['s3:GetObject', 'arn:aws:s3:::lake/*']]],
    [
      'results: the bucket’s objects, whatever the dated file name',
      'Access denied when writing output to url: s3://results/Unsaved/2026/12/01/q.csv',
      'arn:aws:s3:::results/Unsaved/2026/12/01/q.csv',
      [
        ['s3:PutObject', 'arn:aws:s3:::results/*'],
        ['s3:GetObject', 'arn:aws:s3:::results/*'],
        ['s3:AbortMultipartUpload', 'arn:aws:s3:::results/*'],
        ['s3:ListBucket', 'arn:aws:s3:::results'],
        ['s3:GetBucketLocation', 'arn:aws:s3:::results'],
      ],
    ],
    ['another partition stays in it', 'Permission denied on S3 path: s3://cn-lake/x/y.orc', 'arn:aws-cn:s3:::cn-lake/x/y.orc', [['s3:GetObject', 'arn:aws-cn:s3:::cn-lake/x/*']]],
  ])('%s', (_name, message, resource, expected) => {
    const need = athenaNeed(message, resource);
    expect(need).not.toBeNull();
    const got = need!.actions.map((a) => [a.action, a.resource]);
    expect(got.slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    ['not Athena’s wording', 'Access Denied', 'arn:aws:s3:::lake/a.csv'],
    ['no S3 resource', 'Permission denied on S3 path: s3://', null],
    ['a resource that is not S3', 'Permission denied on S3 path: x', 'arn:aws:dynamodb:us-east-1:111122223333:table/t'],
  ])('no need: %s', (_name, message, resource) => {
    expect(athenaNeed(message, resource)).toBeNull();
  });
});

describe('the explanation of an Athena denial', () => {
  it('reading: the caller’s identity policy first, with the data actions and the Athena note, in both languages', async () => {
    const [f] = parse(READ);
    const e = await explain(f!, { lang: 'en' });
    expect(e.causes[0]?.policyType).toBe('identity');
    const identity = e.fixes.find((x) => x.target === 'identity-policy' && x.policy);
    const actions = (identity!.policy!.Statement as Array<{ Action: string; Resource: string }>).map((s) => [s.Action, s.Resource]);
    expect(actions).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/*'],
      ['s3:ListBucket', 'arn:aws:s3:::lake-raw'],
      ['s3:GetBucketLocation', 'arn:aws:s3:::lake-raw'],
    ]);
    expect(identity!.note).toContain('SHOW CREATE TABLE');
    expect(e.verdict).toContain('s3:GetObject');
    const ja = await explain(f!, { lang: 'ja' });
    expect(ja.fixes.find((x) => x.target === 'identity-policy' && x.policy)!.note).toContain('SHOW CREATE TABLE');
  });

  it('writing: s3:PutObject on the result bucket’s objects, never the one dated file', async () => {
    const [f] = parse(WRITE);
    const e = await explain(f!, { lang: 'en' });
    const identity = e.fixes.find((x) => x.target === 'identity-policy' && x.policy);
    const statements = identity!.policy!.Statement as Array<{ Action: string; Resource: string }>;
    expect(statements[0]).toMatchObject({ Action: 's3:PutObject', Resource: 'arn:aws:s3:::query-results-111122223333/*' });
    expect(JSON.stringify(statements)).not.toContain('q.csv');
    expect(identity!.note).toContain('kms:GenerateDataKey');
  });

  it('a message that names its action is not rewritten by the Athena reading', async () => {
    const [f] = parse('Permission denied on S3 path: s3://lake/a.csv (User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::lake)');
    const e = await explain(f!, { lang: 'en' });
    expect(JSON.stringify(e.fixes)).not.toContain('"s3:PutObject"');
  });
});

// The engine check of tests/support/fix-check.ts fails any grant wider than the one printed resource; Athena's grant
// is wider on purpose (a query reads every object of its table's location, and results go to dated file names), so
// these probes say what must and must not get through instead.
describe('the Athena fixes in the IAM engine', () => {
  const caller = 'arn:aws:sts::111122223333:assumed-role/Analyst/ana';
  const run = async (policy: PolicyDocument, action: string, resource: string) =>
    (await evaluate({ principal: caller, action, resource, resourceAccount: '111122223333', context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Analyst' } }, { identity: [policy] })).result;
  const identityFix = async (text: string) => {
    const e = await explain(parse(text)[0]!, { lang: 'en' });
    const policy = e.fixes.find((x) => x.target === 'identity-policy' && x.policy)!.policy!;
    expect(validatorFor('identity-policy')!(policy)).toEqual([]);
    return policy;
  };

  it('reading: the named object and its folder are readable, the bucket listable; nothing else', async () => {
    const policy = await identityFix(READ);
    expect(await run(policy, 's3:GetObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0001.parquet')).toBe('Allowed');
    expect(await run(policy, 's3:GetObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0002.parquet')).toBe('Allowed');
    expect(await run(policy, 's3:ListBucket', 'arn:aws:s3:::lake-raw')).toBe('Allowed');
    expect(await run(policy, 's3:GetObject', 'arn:aws:s3:::lake-raw/finance/salaries.csv')).toBe('ImplicitlyDenied');
    expect(await run(policy, 's3:GetObject', 'arn:aws:s3:::other-bucket/clicks/dt=2026-11-30/part-0001.parquet')).toBe('ImplicitlyDenied');
    expect(await run(policy, 's3:PutObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0001.parquet')).toBe('ImplicitlyDenied');
    expect(await run(policy, 's3:DeleteObject', 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0001.parquet')).toBe('ImplicitlyDenied');
  });

  it('writing: any result file of the bucket can be written and read back; other buckets and deletes stay denied', async () => {
    const policy = await identityFix(WRITE);
    expect(await run(policy, 's3:PutObject', 'arn:aws:s3:::query-results-111122223333/Unsaved/2026/12/01/q.csv')).toBe('Allowed');
    expect(await run(policy, 's3:PutObject', 'arn:aws:s3:::query-results-111122223333/Unsaved/2026/12/02/other.csv.metadata')).toBe('Allowed');
    expect(await run(policy, 's3:GetObject', 'arn:aws:s3:::query-results-111122223333/Unsaved/2026/12/01/q.csv')).toBe('Allowed');
    expect(await run(policy, 's3:GetBucketLocation', 'arn:aws:s3:::query-results-111122223333')).toBe('Allowed');
    expect(await run(policy, 's3:PutObject', 'arn:aws:s3:::lake-raw/clicks/x.parquet')).toBe('ImplicitlyDenied');
    expect(await run(policy, 's3:DeleteObject', 'arn:aws:s3:::query-results-111122223333/Unsaved/2026/12/01/q.csv')).toBe('ImplicitlyDenied');
    expect(await run(policy, 's3:PutBucketPolicy', 'arn:aws:s3:::query-results-111122223333')).toBe('ImplicitlyDenied');
  });
});

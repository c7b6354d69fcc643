// parseCloudTrailRecord (a record as a JS object, what `cli scan` reads) and parse() of the record's text give the
// same finding — every field, the message included — so a denial grouped by `scan` is the denial the popup, the
// history and `cli parse` show for the same record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../lib/history/fingerprint';
import { parse } from '../../../lib/parse/index';
import { deniedCode, MessageCache, parseCloudTrailRecord } from '../../../lib/parse/cloudtrail-record';
import { AUTH_EXACT, CRED_EXACT } from '../../../lib/parse/codes';
import { DENIALS, prng } from '../../../scripts/support/synthetic-trail';
import { EXAMPLES } from './examples';

type Rec = Record<string, unknown>;

function same(record: Rec): void {
  if (!deniedCode(record)) {
    // A denial is a record whose errorCode says so (what `scan` counts); a NoSuchKey whose message reads like a
    // denial is for parse() to read in a paste, not a denial of the trail.
    expect(parseCloudTrailRecord(record)).toBeNull();
    return;
  }
  const fromText = parse(JSON.stringify(record));
  const fromObject = parseCloudTrailRecord(record);
  expect(fromText.length, 'parse() reads one finding from one record').toBeLessThanOrEqual(1);
  expect(fromObject).toEqual(fromText[0] ?? null);
  // The scan's path: the message left out and the message cache used, the same identity.
  const quick = parseCloudTrailRecord(record, { message: false, cache: new MessageCache() });
  if (fromText[0]) expect(fingerprint(quick!)).toBe(fingerprint(fromText[0]));
}

const ACCOUNT = '111122223333';
const IDENTITIES: Rec[] = [
  { type: 'AssumedRole', principalId: 'AROAEXAMPLE:ana', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/ana`, accountId: ACCOUNT, accessKeyId: 'ASIAEXAMPLE' },
  { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: `arn:aws:iam::${ACCOUNT}:user/bob`, accountId: ACCOUNT, userName: 'bob' },
  { type: 'Root', principalId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT },
  { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' },
  { type: 'AWSService' },
  { type: 'WebIdentityUser', principalId: 'token.actions.githubusercontent.com:sts.amazonaws.com:repo:org/app', identityProvider: 'token.actions.githubusercontent.com', userName: 'repo:org/app' },
  { type: 'SAMLUser', principalId: 'SAMLEXAMPLE:alice@example.com', identityProvider: `arn:aws:iam::${ACCOUNT}:saml-provider/Okta`, userName: 'alice@example.com' },
  { type: 'AWSAccount', principalId: 'AIDAEXAMPLE', accountId: '444455556666' },
  { type: 'IAMUser', principalId: 'AIDAOLDKEY', accountId: ACCOUNT, accessKeyId: 'AKIAOLDKEY' },
];
const CALLS: Array<[string, string]> = [
  ['s3.amazonaws.com', 'GetObject'],
  ['s3.amazonaws.com', 'ListObjects'],
  ['s3.amazonaws.com', 'PutObject'],
  ['kms.amazonaws.com', 'Decrypt'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['sts.amazonaws.com', 'AssumeRoleWithWebIdentity'],
  ['ec2.amazonaws.com', 'RunInstances'],
  ['iam.amazonaws.com', 'CreateUser'],
  ['lambda.amazonaws.com', 'Invoke'],
  ['dynamodb.amazonaws.com', 'GetItem'],
  ['sqs.amazonaws.com', 'SendMessage'],
  ['example.amazonaws.com', 'DoSomething'],
];
const LAYERS = [
  'because no identity-based policy allows the s3:GetObject action',
  'because no resource-based policy allows the kms:Decrypt action',
  'with an explicit deny in a service control policy',
  'with an explicit deny in a resource control policy',
  'because no permissions boundary allows the iam:CreateUser action',
  'because no session policy allows the dynamodb:GetItem action',
  'because no VPC endpoint policy allows the s3:PutObject action',
  'with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/DenyAll',
  '',
];
/** Messages as CloudTrail records them in errorMessage. */
const MESSAGES: Array<string | null> = [
  'Access Denied',
  null,
  '',
  'You are not authorized to perform this operation. Encoded authorization failure message: 4GIOHlTkIaWHQD0Q0m6XSnuUMCm-abcdEFGH',
  'The security token included in the request is invalid.',
  'The security token included in the request is expired',
  'The request signature we calculated does not match the signature you provided.',
  `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/Admin`,
  `Not authorized to perform sts:AssumeRoleWithWebIdentity`,
  `An error occurred (AccessDenied) when calling the GetObject operation: Access Denied`,
  `User: anonymous is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::private/x`,
  ...LAYERS.map((layer) => `User: arn:aws:sts::${ACCOUNT}:assumed-role/Dev/ana is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::reports/q1.csv ${layer}`.trim()),
  `User: arn:aws:sts::${ACCOUNT}:assumed-role/Dev/ana is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCOUNT}:role/AppRole because no identity-based policy allows the iam:PassRole action. authorization id: EXAMPLE1a2b3c4d5e6f7g8h9i0j`,
  `Cross-account pass role is not allowed.`,
  `The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.`,
];
const REQUESTS: Array<Rec | null | undefined> = [
  { bucketName: 'reports', key: '2026/q1.csv', Host: 'reports.s3.amazonaws.com' },
  { bucketName: 'reports', prefix: '2026/' },
  { roleArn: `arn:aws:iam::${ACCOUNT}:role/Admin`, roleSessionName: 's' },
  { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890' }] } },
  null,
  undefined,
];
const RESOURCES: Array<Rec[] | undefined> = [
  [
    { type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::reports/2026/q1.csv' },
    { accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' },
  ],
  [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }],
  [{ type: 'AWS::IAM::Role', ARN: 'not-an-arn' }],
  undefined,
];
const CODES = [...AUTH_EXACT, ...CRED_EXACT, 'KMS.AccessDeniedException', 'ThrottlingException', 'NoSuchKey'];

function record(parts: {
  identity: Rec | undefined;
  call: [string, string];
  code: string;
  message: string | null;
  request: Rec | null | undefined;
  resources: Rec[] | undefined;
  lowerKeys: boolean;
  sourceIp: string;
}): Rec {
  const rec: Rec = { eventVersion: '1.09' };
  if (parts.identity) rec.userIdentity = parts.identity;
  Object.assign(rec, {
    eventTime: '2026-03-02T10:00:00Z',
    eventSource: parts.call[0],
    eventName: parts.call[1],
    awsRegion: 'eu-west-1',
    sourceIPAddress: parts.sourceIp,
    userAgent: 'aws-cli/2.15.30 Python/3.11.8',
    errorCode: parts.code,
  });
  if (parts.message !== null) rec.errorMessage = parts.message;
  if (parts.request !== undefined) rec.requestParameters = parts.request;
  rec.responseElements = null;
  if (parts.resources) rec.resources = parts.resources;
  Object.assign(rec, { requestID: 'EXAMPLE8b2f-4d6a', eventID: 'c1d2e3f4-0000-4000-8000-000000000000', readOnly: true, eventType: 'AwsApiCall', recipientAccountId: ACCOUNT });
  // Athena and Lake exports name the keys in lower case.
  return parts.lowerKeys ? Object.fromEntries(Object.entries(rec).map(([k, v]) => [k.toLowerCase(), v])) : rec;
}

describe('parseCloudTrailRecord: the same finding as parse() of the record', () => {
  it('for every denial kind of the synthetic trail', () => {
    const r = prng(7);
    for (const kind of DENIALS) for (let i = 0; i < 5; i++) same(kind.make(r, '2026-03-02T10:00:00Z', 'us-east-1', i));
  });

  it('for records built from CloudTrail identities, calls, codes, messages, requests and resources', () => {
    const arbitrary = fc.record({
      identity: fc.option(fc.constantFrom(...IDENTITIES), { nil: undefined }),
      call: fc.constantFrom(...CALLS),
      code: fc.constantFrom(...CODES),
      message: fc.constantFrom(...MESSAGES),
      request: fc.constantFrom(...REQUESTS),
      resources: fc.constantFrom(...RESOURCES),
      lowerKeys: fc.boolean(),
      sourceIp: fc.constantFrom('203.0.113.7', 'lambda.amazonaws.com', 'AWS Internal'),
    });
    fc.assert(
      fc.property(arbitrary, (parts) => {
        same(record(parts));
      }),
      { numRuns: 600, seed: 15 },
    );
  }, 60_000);

  it('for the message of every example of the families, on one line without quotes, as an errorMessage', () => {
    // Where parse() misreads the record around the message (reported: the Japanese family takes userIdentity's
    // principalId for an action; a sentence whose ARN lacks `arn:` is not read inside JSON, nor a caller ARN without
    // its `User:` label there), the object path reads the message itself: its statement's fields are those of
    // parse(message).
    const knownTextPathMisreads = new Set([
      'masked ARN without the arn: prefix',
      "CodePipeline's 'perform AssumeRole on role arn:…'",
      'Japanese: user, resource and action by their markers, implicit in an identity-based policy',
      'Japanese: the action after a colon, the resource in brackets, explicit in an SCP',
      'Japanese prose about permissions is no denial',
      // Another service's words (Backblaze B2's expired token) are that service's only where nothing around them
      // speaks of AWS: the record around the message does, the message alone does not.
      "Backblaze B2's expired token is not ECR's",
      // A klog line's "…: Unauthorized" is read at the line's end, which a JSON string's content is not.
      "the kubelet's own list refused on an EKS node",
    ]);
    let checked = 0;
    for (const example of EXAMPLES) {
      if (/["'`\n]/.test(example.text)) continue;
      for (const identity of [IDENTITIES[0], IDENTITIES[3]]) {
        const rec = record({ identity, call: CALLS[0]!, code: 'AccessDenied', message: example.text, request: REQUESTS[0], resources: undefined, lowerKeys: false, sourceIp: '203.0.113.7' });
        const known = [...knownTextPathMisreads].some((name) => example.name.startsWith(name));
        if (!known) {
          same(rec);
          checked++;
          continue;
        }
        const finding = parseCloudTrailRecord(rec)!;
        const statement = parse(example.text)[0];
        if (statement?.action) expect(finding.action).toBe(statement.action);
        if (statement?.principal) expect(finding.principal).toBe(statement.principal);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('says no to records that are no denials, and to what is no record', () => {
    const ok = record({ identity: IDENTITIES[0], call: CALLS[0]!, code: 'NoSuchKey', message: 'The specified key does not exist.', request: REQUESTS[0], resources: undefined, lowerKeys: false, sourceIp: '203.0.113.7' });
    expect(parseCloudTrailRecord(ok)).toBeNull();
    expect(parse(JSON.stringify(ok))).toEqual([]);
    delete ok.errorCode;
    expect(parseCloudTrailRecord(ok)).toBeNull();
    for (const value of [null, undefined, 'AccessDenied', 42, [], [{ errorCode: 'AccessDenied' }]]) expect(parseCloudTrailRecord(value)).toBeNull();
    // An error object of some other log is no CloudTrail record (no event source, name or identity).
    expect(parseCloudTrailRecord({ errorCode: 'AccessDenied', errorMessage: 'Access Denied' })).toBeNull();
    expect(deniedCode({ errorCode: ' AccessDenied ' })).toBe('AccessDenied');
    expect(deniedCode({ errorcode: 'ExpiredToken' })).toBe('ExpiredToken');
    expect(deniedCode({ errorCode: 'ThrottlingException' })).toBeNull();
  });

  it('never throws on hostile records', () => {
    const deep: Rec = { errorCode: 'AccessDenied', eventName: 'GetObject', eventSource: 's3.amazonaws.com' };
    let cur: Rec = deep;
    for (let i = 0; i < 5000; i++) cur = cur.n = {} as Rec;
    expect(parseCloudTrailRecord(deep)?.operation).toBe('GetObject');
    const cyclic: Rec = { errorCode: 'AccessDenied', eventName: 'GetObject', eventSource: 's3.amazonaws.com' };
    cyclic.self = cyclic;
    expect(() => parseCloudTrailRecord(cyclic)).not.toThrow();
    const big = { errorCode: 'AccessDenied', eventName: 'GetObject', eventSource: 's3.amazonaws.com', requestParameters: { items: Array.from({ length: 50_000 }, (_, i) => ({ i })) } };
    expect(parseCloudTrailRecord(big)?.operation).toBe('GetObject');
  });
});

// Property tests (fast-check) in the normal suite: never throws, never invents a value, large inputs complete.
// The 100,000-input run of the same properties is `npm run fuzz` (tests/fuzz/parse.fuzz.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOrThrow } from '../../../lib/parse/index';
import { mutatedMessage, pathological, pathologicalText, PATHOLOGICAL_UNITS, randomText, tokenSoup } from '../../fuzz/parse-arbitraries';
import { checkFindings } from '../../fuzz/parse-invariants';
import { EXAMPLES } from './examples';

function holds(text: string): boolean {
  const problems = checkFindings(text, parseOrThrow(text));
  if (problems.length) throw new Error(problems.join('; '));
  return true;
}

describe('parse properties', () => {
  it('never throws and never invents a value — random text', () => {
    fc.assert(fc.property(randomText, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — key words in random order', () => {
    fc.assert(fc.property(tokenSoup, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — mutated realistic messages', () => {
    fc.assert(fc.property(mutatedMessage, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — pathological shapes', () => {
    fc.assert(fc.property(pathologicalText, holds), { numRuns: 60 });
  });

  it('the invariant check itself catches an invented value and an added character', () => {
    const [finding] = parseOrThrow('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject');
    expect(checkFindings('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject', [finding!])).toEqual([]);
    const invented = { ...finding!, resource: 'arn:aws:s3:::not-in-the-text' };
    expect(checkFindings('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject', [invented])).toHaveLength(1);
    const wrapped = 'User: arn:aws:iam::123456789012:user/an\na is not authorized';
    // A value joined across a line break (an undone wrap) is in the input.
    expect(checkFindings(wrapped, [{ ...finding!, action: null, principal: 'arn:aws:iam::123456789012:user/ana' }])).toEqual([]);
  });

  // Found by `npm run fuzz` (CI, seed 1725133461): a record whose eventName is one letter composes `sts:Y`, by the
  // same rule as `AssumeRole`; the check once only looked at names of two letters or more.
  it('an action composed from a one-letter eventName is composed, not invented', () => {
    const text =
      '{"userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/u"},"eventSource":"sts.amazonaws.com","eventName":"y","errorCode":"AccessDenied"}';
    const findings = parseOrThrow(text);
    expect(findings[0]?.action).toBe('sts:Y');
    expect(checkFindings(text, findings)).toEqual([]);
    expect(checkFindings(text, [{ ...findings[0]!, action: 'sts:Z' }])).toHaveLength(1);
  });

  // Found by `npm run fuzz` (seed 1148283834): a garbled record's unquoted `"eventName":on resource` names `on`; the
  // check once looked for that word only in the text without spaces, where it is glued to the next one.
  it('an action composed from an unquoted eventName followed by more words is composed, not invented', () => {
    const text = 'User:{\n  "errorCode": "AccessDenied"\n  "eventSource": "s3.amazonaws.com",\n  "eventName":on resource:ource": "s3.amazonaws.com",\n  "userIdentity": {"type": "IAMUser", "userName": "ana"}\n}';
    const findings = parseOrThrow(text);
    expect(checkFindings(text, findings)).toEqual([]);
  });

  it("a caller's account said on its own is kept without a principal, and only then", () => {
    // Found by `npm run fuzz` (seed 1730333438): authorization details whose `aws:PrincipalArn` key was garbled
    // still say `aws:PrincipalAccount`; CloudWatch Logs' "User with accountId: N" names no principal at all.
    const details =
      '{"requestContext": {"User:aws:PrincipalArn": "arn:aws:iam::123456789012:user/janedoe", "aws:PrincipalAccount": "123456789012"}, "evaluations": [{"action": "iam:CreateInstanceProfile", "evaluatedEffect": "EXPLICIT_DENY"}]}';
    expect(holds(details)).toBe(true);
    const logs = 'User with accountId: 111122223333 is not authorized to perform CreateLogGroup with Tags';
    const [finding] = parseOrThrow(logs);
    expect(finding).toMatchObject({ principal: null, accountId: '111122223333', operation: 'CreateLogGroup' });
    expect(checkFindings('User: x is not authorized to perform CreateLogGroup', [{ ...finding!, accountId: '111122223333' }]).join()).toMatch(/accountId/);
  });

  it("a record's braceless members read as an object take no character the paste does not have", () => {
    // Found by `npm run fuzz` (seed 2129800565): the brace added to read the members closed an unterminated string.
    const text =
      '"context":{"principal":{"arn":"arn:aws:iam::1:user/u"},"action":"X"{"eventVersion":"1.09","userIdentity":{"type":"AWSService","invokedBy":"cloudtrail.amazonaws.com"},"eventSource":"s3.amazonaws.com","eventName":"PutObject","errorCode":"AccessDenied","errorMessage":"Access Denied","sourceIPAddress":"cloudtrail.amazonaws.com","requestParameters":{"bucketName":"org-trail-logs","key":"AWSLogs/111122223333/CloudTrail/x.json.gz"User:}}';
    expect(holds(text)).toBe(true);
  });

  it('an S3 URL without a bucket names no resource', () => {
    // Found by `npm run fuzz` (seed 898126950): Athena's refused location `s3:///<prefix>/` has no bucket.
    const text = '[Simba]AthenaJDBC An error has been thrown from the AWS Athena client. Permission denied on S3 path: s3:///<prefix>/';
    expect(holds(text)).toBe(true);
    expect(parseOrThrow(text)[0]?.resource ?? null).toBeNull();
  });

  it("a paste cut inside the context phrase keeps the resource without the phrase's first words", () => {
    // Only where the text ends there: inside a record's errorMessage the phrase's cut is the record's, not the paste's.
    const text = 'User: arn:aws:iam::111122223333:user/a is not authorized to perform: lambda:ListFunctions on resource: * with an explicit de';
    expect(holds(text)).toBe(true);
    expect(parseOrThrow(text)[0]?.resource).toBe('*');
    expect(parseOrThrow(text.replace(' with an explicit de', ' because no'))[0]?.resource).toBe('*');
  });

  it('an escaped backslash before n at a line end is no line-end marker', () => {
    // Found by `npm run fuzz` (seeds 1941622314, 902426997): `\\\\n⏎` lost its escaped backslash's `n`.
    expect(holds('\\\\n\n')).toBe(true);
    const text = '"\\"User: arn:aws:sts::123456789012:assumed\\\\n-role/Dev/\njo is n\\\\not authorized to perform: athena:StartQ\\\\nueryExecution on resource: \narn:aws:athe\\\\nna:us-east-1:123456789012:workgroup/pri\\\\nmary because no session policy allows t\\\\n\nhe athena:StartQueryExecution action\\""';
    expect(holds(text)).toBe(true);
  });

  it('a group name followed by a word in a key/value record is no group', () => {
    // Found by `npm run fuzz` (seed 1277263226): `requestParameters:ventSource: …` then `requestParameters: {…}`
    // made the reader push into a string.
    const text = 'errorCode: AccessDenied, eventName: PutBucketPolicy, eventSource: s3.amazonaws.com, userIdentity: {type: IAMUser, arn: arn:aws:iam::111122223333:user/dan}, requestParameters:ventSource: s3.amazonaws.com, requestParameters: {bucketName: shared-data}';
    expect(holds(text)).toBe(true);
    expect(parseOrThrow(text)[0]?.resource).toBe('arn:aws:s3:::shared-data');
  });

  it('the examples themselves keep every invariant', () => {
    for (const ex of EXAMPLES) expect(checkFindings(ex.text, parseOrThrow(ex.text))).toEqual([]);
  });
});

// How the parser's time grows on these inputs is measured by `npm run bench` (scripts/bench/hostile.ts): CPU-time
// ratios in the unit suite failed by noise on a shared machine. Here the same inputs must parse, invariants held.
describe('large repeated inputs', () => {
  it.each(PATHOLOGICAL_UNITS.map((u) => [JSON.stringify(u), u] as const))('parses repeated %s at 64,000 characters', (_name, unit) => {
    expect(holds(pathological(unit, 64_000))).toBe(true);
  });

  it('parses realistic messages repeated to 64,000 characters', () => {
    const text = EXAMPLES.map((e) => e.text).join('\n\n');
    expect(holds(pathological(text, 64_000))).toBe(true);
  });

  it('parses random units repeated', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (unit) => holds(pathological(unit, 64_000))),
      { numRuns: 10 },
    );
  });
});
// 100,000+ generated findings through the explainer (`npm run fuzz`): the findings the parser reads from mutated
// realistic messages, and arbitrary findings with hostile or absurd field values (the shape an imported history
// file or a hostile page could produce). Every explanation must be well-formed, must not invent an account, must
// link only to AWS https addresses, must keep its policies valid JSON, also with values of 160,000 characters (how
// the time grows with their size is measured by `npm run bench`).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IamIndex } from '../../lib/iam/index';
import { loadIndex } from '../../lib/iam/load';
import { serviceLoaders } from '../../lib/iam/generated/services.js';
import { explainWith } from '../../lib/explain/index';
import type { Explanation, Finding, Lang } from '../../lib/model';
import { parse } from '../../lib/parse/index';
import { mutatedMessage } from './parse-arbitraries';
import { stripSpace } from './parse-invariants';

const RUNS = { parsed: 30_000, arbitrary: 100_000 };
const ALLOWED_LINK_HOSTS = /(^|\.)(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com|amazon\.com|aws\.amazon\.com\.cn)$/;

let iam: IamIndex;
let explained = 0;

beforeAll(async () => {
  // Every service once, so the fuzz runs the synchronous core without per-call loading.
  iam = await loadIndex(Object.keys(serviceLoaders));
}, 120_000);

/** The broken invariants of one explanation (empty when all hold). */
function problems(finding: Finding, e: Explanation, source: string): string[] {
  const found: string[] = [];
  if (e.finding !== finding && JSON.stringify(e.finding) !== JSON.stringify(finding)) found.push('finding changed');
  if (typeof e.verdict !== 'string' || e.verdict.trim() === '') found.push('empty verdict');
  if (typeof e.adminRequest !== 'string' || e.adminRequest.trim() === '') found.push('empty admin request');
  if (finding.category === 'access-denied' && e.causes.length === 0) found.push('no cause for a denial');
  for (const fix of e.fixes) {
    if (fix.policy === null) continue;
    if (fix.policy.Version !== '2012-10-17' || !Array.isArray(fix.policy.Statement) || fix.policy.Statement.length === 0) {
      found.push(`${fix.target}: not a complete policy document`);
      continue;
    }
    const text = JSON.stringify(fix.policy);
    if (JSON.stringify(JSON.parse(text)) !== text) found.push(`${fix.target}: policy does not survive a JSON round trip`);
    for (const statement of fix.policy.Statement) {
      if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') found.push(`${fix.target}: bad Effect`);
    }
    // An account in a fix comes from the message (principal, resource, policy) or is a placeholder to fill in.
    for (const account of text.match(/(?<![0-9])[0-9]{12}(?![0-9])/g) ?? []) {
      if (!source.includes(account)) found.push(`${fix.target}: account ${account} is not in the finding`);
    }
  }
  for (const link of e.links) {
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      found.push(`link not a URL: ${link.url.slice(0, 80)}`);
      continue;
    }
    if (url.protocol !== 'https:' || !ALLOWED_LINK_HOSTS.test(url.hostname)) found.push(`link outside AWS: ${url.origin}`);
  }
  for (const step of e.steps) {
    if (step.url && !/^https:\/\//.test(step.url)) found.push(`step link not https: ${step.url.slice(0, 80)}`);
  }
  return found;
}

function holds(finding: Finding, lang: Lang): boolean {
  explained++;
  const explanation = explainWith(finding, iam, lang);
  // White space inside a value is a line wrap the parser could not prove (it keeps it); an ARN never holds one in
  // its account, so the explainer may close it up. Compare with white space removed, as the parse fuzz does.
  const values = Object.values(finding).filter((v): v is string => typeof v === 'string');
  const found = problems(finding, explanation, values.map(stripSpace).join('\u0000'));
  if (found.length) throw new Error(found.join('; '));
  return true;
}

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '"},{"Effect":"Allow","Action":"*","Resource":"*"},{"x":"',
  'javascript:alert(1)',
  '\u202e\u200b\u2066arn:aws:iam::111122223333:role/x',
  '*',
  '',
  ' ',
  ':',
  '::::::',
  'arn:',
  'arn:aws',
  'arn:aws:iam::',
  'arn:aws:s3:::',
  'arn:aws:sts::123456789012:assumed-role/',
  'arn:aws:sts::123456789012:assumed-role//',
  'arn:aws:iam::XXXXXXXXXXXX:user/***',
  '$(rm -rf ~)`id`',
  "'; DROP TABLE findings; --",
  'role lambda-ex',
  'user Name',
  '\u0000\u0001\uffff',
);
const realistic = fc.constantFrom(
  'arn:aws:sts::123456789012:assumed-role/Dev/alice',
  'arn:aws:iam::123456789012:user/ci',
  'arn:aws:iam::123456789012:root',
  'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com',
  'arn:aws-cn:sts::123456789012:assumed-role/R/s',
  'arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
  'arn:aws:s3:::bucket/key',
  'arn:aws:s3:::bucket',
  'arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'arn:aws:iam::444455556666:role/Deployer',
  's3:GetObject',
  'S3:listbucket',
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'iam:PassRole',
  'ec2:RunInstances',
  'kms:Decrypt',
  'lambda:InvokeFunction',
  'nosuchservice:NoSuchAction',
  'AccessDenied',
  'ListObjectsV2',
);
const value = fc.oneof(
  { weight: 4, arbitrary: realistic },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
const maybe = fc.option(value, { nil: null });

const arbitraryFinding: fc.Arbitrary<Finding> = fc
  .record({
    category: fc.constantFrom('access-denied' as const, 'credentials' as const),
    principal: maybe,
    principalType: fc.constantFrom(
      null,
      'user' as const,
      'assumed-role' as const,
      'role' as const,
      'root' as const,
      'federated-user' as const,
      'service' as const,
      'web-identity' as const,
      'unknown' as const,
    ),
    accountId: fc.option(fc.oneof(fc.constantFrom('123456789012', 'XXXX', '***', '<account-id>'), value), { nil: null }),
    action: maybe,
    resource: maybe,
    policyType: fc.constantFrom(
      null,
      'identity' as const,
      'scp' as const,
      'rcp' as const,
      'boundary' as const,
      'session' as const,
      'resource' as const,
      'vpce' as const,
      'trust' as const,
      'unknown' as const,
    ),
    denyKind: fc.constantFrom(null, 'explicit' as const, 'implicit' as const, 'unknown' as const),
    policyArn: fc.option(
      fc.oneof(fc.constant('arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1'), value),
      { nil: null },
    ),
    errorCode: maybe,
    operation: maybe,
    encoded: fc.boolean(),
    message: fc.string({ maxLength: 200 }),
  })
  .map((f) => f as Finding);

const lang = fc.constantFrom<Lang>('en', 'ja');

describe('explain fuzz', () => {
  afterAll(() => {
    process.stdout.write(`explain fuzz: ${explained} generated findings, all invariants held\n`);
    expect(explained).toBeGreaterThanOrEqual(100_000);
  });

  it(`findings parsed from mutated realistic messages (${RUNS.parsed} texts)`, () => {
    fc.assert(
      fc.property(mutatedMessage, lang, (text, l) => parse(text).every((f) => holds(f, l))),
      { numRuns: RUNS.parsed },
    );
  });

  it(`arbitrary findings with hostile values (${RUNS.arbitrary})`, () => {
    fc.assert(fc.property(arbitraryFinding, lang, (f, l) => holds(f, l)), { numRuns: RUNS.arbitrary });
  });

  // How the time grows with the values' size is `npm run bench` (scripts/bench/hostile.ts); here: they explain well.
  it('values of 160,000 characters explain with every invariant held', () => {
    const base: Finding = {
      category: 'access-denied',
      principal: 'arn:aws:sts::123456789012:assumed-role/Dev/alice',
      principalType: 'assumed-role',
      accountId: '123456789012',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      policyType: 'identity',
      denyKind: 'implicit',
      policyArn: null,
      errorCode: 'AccessDenied',
      operation: 'GetObject',
      encoded: false,
      message: '',
    };
    const shapes: Array<(text: string) => Finding> = [
      (t) => ({ ...base, resource: 'arn:aws:s3:::' + t }),
      (t) => ({ ...base, principal: 'arn:aws:sts::123456789012:assumed-role/' + t + '/s' }),
      (t) => ({ ...base, action: 's3:' + t }),
      (t) => ({ ...base, message: t }),
    ];
    const grown = 'a/b:c-'.repeat(Math.ceil(160_000 / 6));
    for (const shape of shapes) expect(holds(shape(grown), 'en')).toBe(true);
  });
});

// Calls whose resource types the IAM data lists as all optional, denied without a printed resource: the fix names
// what the call itself names (lib/explain/unnamed-resources.ts), or — where three or more types tie and nothing picks
// one (lib/explain/resource-type.ts) — every resource of the service in the account, never the first type in the
// data's list. Each fix is checked with the IAM engine and the advice lint.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import type { Explanation } from '../../../lib/model';
import { UNNAMED_CALL_TYPES } from '../../../lib/explain/unnamed-resources';
import { lintExplanation } from '../../support/advice-lint';
import { checkExplanation, lastIndex } from '../../support/fix-check';

async function explained(action: string): Promise<Explanation> {
  const text = `User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
  const [f] = parse(text);
  expect(f).toBeDefined();
  return explain(f!, { lang: 'en', context: text });
}

const resourcesOf = (e: Explanation): string[] =>
  [(e.fixes.find((x) => x.target === 'identity-policy' && x.policy)!.policy!.Statement as Array<{ Resource: string | string[] }>)[0]!.Resource].flat();

describe('a call denied without its resource', () => {
  it.each([
    ['Session Manager: the instance and the session document', 'ssm:StartSession', ['arn:aws:ec2:REGION:111122223333:instance/INSTANCE_ID', 'arn:aws:ssm:REGION:111122223333:document/DOCUMENT_NAME']],
    ["an API's method, not a custom domain name", 'execute-api:Invoke', ['arn:aws:execute-api:REGION:111122223333:API_ID/STAGE/METHOD/API_SPECIFIC_RESOURCE_PATH']],
  ])('%s', async (_name, action, resources) => {
    const e = await explained(action);
    expect(resourcesOf(e)).toEqual(resources);
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });

  it('names only types the IAM data has for each listed call', async () => {
    const { loadIndex } = await import('../../../lib/iam/load');
    const index = await loadIndex(Object.keys(UNNAMED_CALL_TYPES).map((a) => a.split(':')[0]!));
    for (const [action, keys] of Object.entries(UNNAMED_CALL_TYPES)) {
      const info = index.action(action);
      expect(info, action).not.toBeNull();
      for (const key of keys) expect(info!.resourceTypes.some((t) => t.key === key), `${action} ${key}`).toBe(true);
    }
  });

  it.each([
    ['a tag call on any of EC2\'s types', 'ec2:CreateTags', 'arn:aws:ec2:REGION:111122223333:*', 'Amazon EC2'],
    ["Organizations' tags on an account, a root, an OU or a policy (no region in its ARNs)", 'organizations:TagResource', 'arn:aws:organizations::111122223333:*', 'AWS Organizations'],
  ])('%s: every resource of the service in the account and region, and a note to narrow it', async (_name, action, resource, service) => {
    const e = await explained(action);
    expect(resourcesOf(e)).toEqual([resource]);
    const fix = e.fixes.find((x) => x.target === 'identity-policy')!;
    expect(fix.note).toContain(`every ${service} resource in the account and region`);
    // The grant lets the denied call through and still keeps another region's or account's resources out.
    const check = await checkExplanation(e);
    expect(check.checked.filter((c) => !c.ok)).toEqual([]);
    expect(check.checked[0]!.probes.some((p) => /^another resource \(arn:aws:[^)]*(?:us-west-2|444455556666)/.test(p.what) && p.ok)).toBe(true);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
    const ja = await explain(parse(`User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: ${action}`)[0]!, { lang: 'ja' });
    expect(ja.fixes.find((x) => x.target === 'identity-policy')!.note).toContain(`すべての ${service} リソース`);
  });

  it('two types that tie stay the first one’s (a bot alias, not every Lex resource)', async () => {
    const e = await explained('lex:PostContent');
    expect(resourcesOf(e)[0]).toBe('arn:aws:lex:REGION:111122223333:bot-alias/BOT_ID/BOT_ALIAS_ID');
  });

  it('a printed resource still decides', async () => {
    const text = 'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: ssm:StartSession on resource: arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0 because no identity-based policy allows the ssm:StartSession action';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(resourcesOf(e)).toEqual(['arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0']);
  });
});

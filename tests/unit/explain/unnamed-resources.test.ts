// Calls whose resource types the IAM data lists as all optional, denied without a printed resource: the fix names
// what the call itself names (lib/explain/unnamed-resources.ts), not the first type in the data's list. Each fix is
// checked with the IAM engine and the advice lint.
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

  it('a printed resource still decides', async () => {
    const text = 'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: ssm:StartSession on resource: arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0 because no identity-based policy allows the ssm:StartSession action';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(resourcesOf(e)).toEqual(['arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0']);
  });
});

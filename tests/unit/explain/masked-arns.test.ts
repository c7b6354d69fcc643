// ARNs that a CI log's secret masking hit (`***`): in the partition, the caller and the role keep their type, account
// and name, so the fix is the cross-account one; where the mask also swallowed a separator (`role***DeployRole`), the
// role's name is a placeholder, never the masked text. Each fix is checked with the IAM engine and the advice lint.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import type { Explanation } from '../../../lib/model';
import { lintExplanation } from '../../support/advice-lint';
import { checkExplanation, lastIndex } from '../../support/fix-check';

async function explained(text: string): Promise<Explanation> {
  const [f] = parse(text);
  expect(f).toBeDefined();
  return explain(f!, { lang: 'en', context: text });
}

const denial = (resource: string): string =>
  `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:***:sts::111122223333:assumed-role/deploy/codebuild-1 is not authorized to perform: sts:AssumeRole on resource: ${resource}`;

describe('ARNs masked by a CI log', () => {
  it('a masked partition keeps the caller an assumed role of its account', () => {
    const [f] = parse(denial('arn:***:iam::444455556666:role/target'));
    expect(f).toMatchObject({ principalType: 'assumed-role', accountId: '111122223333', policyType: 'trust' });
  });

  it("gives the cross-account fix: the target role's trust policy and the caller's own policy", async () => {
    const e = await explained(denial('arn:***:iam::444455556666:role/target'));
    const json = JSON.stringify(e.fixes.map((x) => [x.policy, x.attachTo]));
    expect(json).toContain('arn:aws:iam::444455556666:role/target');
    expect(json).toContain('arn:aws:iam::111122223333:role/deploy');
    expect(json).not.toContain('***');
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });

  it('a mask that swallowed the separator leaves the role name a placeholder', async () => {
    const e = await explained(denial('arn:***:iam::XXXXXXXXX:role***DeployTargetXXXXXXXXX'));
    const json = JSON.stringify(e.fixes.map((x) => [x.policy, x.attachTo]));
    expect(json).toContain('role/ROLE_NAME');
    expect(json).not.toContain('***');
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fixToCopy } from '../../../entrypoints/console.content/copy-fix';
import { makeExplanation } from '../components/fixtures';

describe('what Copy fix copies', () => {
  it('copies the first policy, named by where it goes', () => {
    const explanation = makeExplanation();
    const copy = fixToCopy(explanation)!;
    expect(JSON.parse(copy.text)).toEqual(explanation.fixes[0]!.policy);
    expect(copy.outcome).toEqual({ kind: 'copied', target: 'arn:aws:iam::123456789012:role/Dev' });
  });

  it('copies the Condition for an explicit deny, never a rewritten statement', () => {
    const addCondition = { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Dev' } };
    const explanation = makeExplanation({
      fixes: [{ target: 'scp', who: 'org-admin', attachTo: null, policy: null, note: 'n', edit: { action: 's3:ListBucket', addCondition } as never }],
    });
    const copy = fixToCopy(explanation)!;
    expect(JSON.parse(copy.text)).toEqual({ Condition: addCondition });
    expect(copy.outcome).toEqual({ kind: 'copied-condition', action: 's3:ListBucket', target: null });
  });

  it('copies nothing when no fix has a policy or an edit', () => {
    expect(fixToCopy(makeExplanation({ fixes: [{ target: 'credentials', who: 'you', attachTo: null, policy: null, note: 'Refresh.' }] }))).toBeNull();
  });
});

// Hand-built explanations for the component tests (the explainer's real output is tested with the explainer).
import type { Explanation, Finding } from '../../../lib/model';
import { makeFinding } from '../history/fixtures/findings';

export function makeExplanation(overrides: Partial<Explanation> = {}, finding: Finding = makeFinding()): Explanation {
  return {
    finding,
    lang: 'en',
    verdict: 'No identity-based policy allows s3:ListBucket — add it to role Dev',
    causes: [
      { policyType: 'identity', likelihood: 'certain', reason: 'The message says no identity-based policy allows the action.' },
      { policyType: 'boundary', likelihood: 'possible', reason: 'A permissions boundary could also lack the action.' },
    ],
    fixes: [
      {
        target: 'identity-policy',
        who: 'account-admin',
        attachTo: 'arn:aws:iam::123456789012:role/Dev',
        policy: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'AllowList', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example-bucket' }],
        },
        note: 'Add this statement to a policy attached to the role.',
        placeholders: [],
      },
      { target: 'credentials', who: 'you', attachTo: null, policy: null, note: 'Refresh your session.' },
    ],
    commands: [
      {
        purpose: 'Simulate the request',
        command:
          'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/Dev --action-names s3:ListBucket',
      },
    ],
    links: [
      { label: 'IAM policy evaluation logic', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html' },
      { label: 'evil', url: 'javascript:alert(1)' },
      { label: 'lookalike', url: 'https://docs.aws.amazon.com.evil.example/x' },
    ],
    adminRequest:
      'Hello, please allow s3:ListBucket on arn:aws:s3:::example-bucket for arn:aws:sts::123456789012:assumed-role/Dev/alice@example.com.',
    workload: null,
    steps: [],
    ...overrides,
  };
}

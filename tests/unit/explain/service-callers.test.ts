// A service that names itself as the refused caller ("CodeBuild is not authorized to perform: sts:AssumeRole on …")
// acts as its service principal: the fix admits that principal in the role's trust policy or the resource's policy,
// never an identity policy for a caller the message did not name.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import { checkExplanation } from '../../support/fix-check';

describe('an AWS service named as the caller', () => {
  it.each([
    [
      'CodeBuild is not authorized to perform: sts:AssumeRole on arn:aws:iam::111122223333:role/service-role/codebuild-app',
      'trust-policy',
      'codebuild.amazonaws.com',
    ],
    [
      'CloudWatch Alarms is not authorized to perform: SNS:Publish on resource:arn:aws:sns:eu-west-2:111122223333:alerts',
      'resource-policy',
      'cloudwatch.amazonaws.com',
    ],
  ])('%s', async (text, target, service) => {
    const [f] = parse(text);
    expect(f?.principalType).toBe('unknown');
    const e = await explain(f!, { lang: 'en', context: text });
    const fix = e.fixes[0]!;
    expect(fix.target).toBe(target);
    expect(fix.policy?.Statement[0]?.Principal).toEqual({ Service: service });
    expect(e.fixes.some((x) => x.target === 'identity-policy' && /does not name the caller/.test(x.note ?? ''))).toBe(false);
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });

  // SageMaker's training job names itself and the role only as "the role": the trust must admit its service principal.
  it('a service unable to assume a role it names only as "the role"', async () => {
    const text = "ClientError: InvalidInputException: SageMaker is unable to perform: sts:AssumeRole on the role. Check if you have a trust relationship for 'sagemaker.amazonaws.com' to assume the role.";
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(e.fixes[0]).toMatchObject({ target: 'trust-policy' });
    expect(e.fixes[0]!.policy?.Statement[0]?.Principal).toEqual({ Service: 'sagemaker.amazonaws.com' });
  });

  // The oracle reads "AMP" as no service of its own (an abbreviation of aps): the fix is checked by its shape only.
  it('an abbreviation the service goes by (AMP for Amazon Managed Service for Prometheus)', async () => {
    const text = 'AMP is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-west-2:111122223333:amp-alerts because no resource-based policy allows the SNS:Publish action';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(e.fixes[0]).toMatchObject({ target: 'resource-policy', attachTo: 'arn:aws:sns:us-west-2:111122223333:amp-alerts' });
    expect(e.fixes[0]!.policy?.Statement[0]?.Principal).toEqual({ Service: 'aps.amazonaws.com' });
  });

  // Redshift's COPY names the database user; Redshift itself assumes the role (its trust admits redshift.amazonaws.com).
  it("Redshift's database user refused a role: the role's trust admits Redshift", async () => {
    const text = 'pq: User arn:aws:redshift:eu-west-1:111122223333:dbuser:analytics/loader is not authorized to assume IAM Role arn:aws:iam::111122223333:role/copy-from-s3';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(e.fixes[0]).toMatchObject({ target: 'trust-policy', attachTo: 'arn:aws:iam::111122223333:role/copy-from-s3' });
    expect(e.fixes[0]!.policy?.Statement[0]?.Principal).toEqual({ Service: 'redshift.amazonaws.com' });
    expect(JSON.stringify(e.fixes.map((x) => x.policy))).not.toMatch(/dbuser|CALLER_ROLE_NAME/);
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });

  it("a product's own name that is no AWS service stays an unknown caller", async () => {
    const text = 'AcmeMonitor is not authorized to perform action sts:AssumeRole on resource: arn:aws:iam::111122223333:role/acme';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(JSON.stringify(e.fixes.map((x) => x.policy))).not.toMatch(/"Service"/);
  });
});

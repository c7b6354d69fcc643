// The last-resort reader of credentials a client could not get, in any client's words: a credentials finding only where
// nothing else was read, the text speaks of AWS, and no network failure or refused parameter is what the fetch met.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/parse/index';

describe('credentials a client could not find or load, in its own words', () => {
  it.each([
    ['a Rust tool', 'Error: deploy failed\n  caused by: unable to load AWS credentials for profile "dev" from the shared config'],
    ['a Go daemon', 'level=error msg="couldn\'t retrieve credentials for the S3 uploader" bucket=backups'],
    ['an operator', 'reconcile failed: error fetching AWS credentials: the secret aws-creds has no key "secret_access_key"'],
    ['a CLI wrapper', 'AWS credentials not found. Run `aws configure` or set AWS_PROFILE.'],
    ['an exporter', 'msg="no valid AWS credentials found in the environment or the instance profile" service=cloudwatch'],
  ])('%s: credentials', (_name, text) => {
    const [finding] = parse(text);
    expect(finding?.category).toBe('credentials');
  });

  it.each([
    ['a credentials fetch that timed out', 'External Secrets could not obtain AWS credentials.\n\n```\nPost "https://sts.eu-west-1.amazonaws.com/": dial tcp 10.0.0.5:443: i/o timeout\n```'],
    ['a cancelled call', 'msg="Error fetching credentials: unable to fetch credentials from EKS Auth: operation error EKS Auth: AssumeRoleForPodIdentity, https response error StatusCode: 0, RequestID: , canceled, context canceled"'],
    ['a refused session duration', 'aws-vault: error: Failed to get credentials for default: ValidationError: The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'],
    ['no region to call in', 'aws-vault: error: Failed to get credentials for ops: operation error STS: GetSessionToken, failed to resolve service endpoint, an AWS region is required, but was not found'],
    ['git, not AWS', 'fatal: could not read credentials from the store: permission denied on ~/.git-credentials'],
  ])('%s: no finding', (_name, text) => {
    expect(parse(text)).toEqual([]);
  });

  it('leaves a text with a denial to the denial', () => {
    const text = [
      'No credentials provided for build, using the instance role',
      'com.amazonaws.AmazonServiceException: User: arn:aws:sts::111122223333:assumed-role/ci/i-0abc is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::artifacts/a.zip (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1)',
    ].join('\n');
    const findings = parse(text);
    expect(findings.map((f) => f.category)).toEqual(['access-denied']);
    expect(findings[0]?.action).toBe('s3:PutObject');
  });
});

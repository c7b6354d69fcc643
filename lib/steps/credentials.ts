// Steps for credentials failures (expired, unknown or missing keys, bad signatures, EKS and ECR logins): there is
// no policy to read yet, only which credentials were used and why AWS refused them.
import type { Step } from '../model';
import { say } from './common';
import { sh } from './shell';
import type { StepValues } from './values';

export function credentialSteps(v: StepValues): Step[] {
  const text = (v.finding.message ?? '').slice(0, 20_000);
  const code = v.finding.errorCode ?? '';
  const all = `${code} ${text}`;
  const steps: Step[] = [
    {
      title: say(v, 'cred.identity.title'),
      command: ['aws sts get-caller-identity', 'aws configure list'].join('\n'),
      meaning: say(v, 'cred.identity.meaning'),
    },
  ];
  if (/Unable to locate credentials|NoCredentialProviders|Could not load credentials|CredentialsProviderError|missing credentials/i.test(all)) {
    steps.push({ title: say(v, 'cred.missing.title'), command: 'aws configure list-profiles', meaning: say(v, 'cred.missing.meaning') });
  }
  if (/Expired|token has expired|session has expired/i.test(all)) {
    steps.push({
      title: say(v, 'cred.expired.title'),
      command: 'aws sso login --profile "${AWS_PROFILE:-default}"',
      meaning: say(v, 'cred.expired.meaning'),
    });
  }
  if (/InvalidClientTokenId|UnrecognizedClient|security token included in the request is invalid|InvalidAccessKeyId|AWS Access Key Id you provided does not exist/i.test(all)) {
    steps.push({ title: say(v, 'cred.invalid.title'), command: 'aws configure get region', meaning: say(v, 'cred.invalid.meaning') });
  }
  if (/SignatureDoesNotMatch|Signature expired|RequestTimeTooSkewed|RequestExpired/i.test(all)) {
    steps.push({ title: say(v, 'cred.clock.title'), command: 'date -u', meaning: say(v, 'cred.clock.meaning') });
  }
  if (/must be logged in to the server|kubectl|\bUnauthorized\b.*\beks\b|\beks\b.*\bUnauthorized\b/i.test(all)) {
    const reg = v.region ? ` --region ${sh(v.region)}` : '';
    steps.push({
      title: say(v, 'cred.eks.title'),
      command: [`aws eks update-kubeconfig --name CLUSTER_NAME${reg}`, `aws eks list-access-entries --cluster-name CLUSTER_NAME${reg}`].join('\n'),
      meaning: say(v, 'cred.eks.meaning'),
    });
  }
  if (/no basic auth credentials/i.test(all)) {
    const registry = /\b(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\b/.exec(text);
    const region = registry?.[2] ?? v.region ?? 'REGION';
    const host = registry ? registry[0] : `ACCOUNT_ID.dkr.ecr.${region}.amazonaws.com`;
    steps.push({
      title: say(v, 'cred.ecr.title'),
      command: `aws ecr get-login-password --region ${sh(region)} | docker login --username AWS --password-stdin ${sh(host)}`,
      meaning: say(v, 'cred.ecr.meaning'),
    });
  }
  return steps;
}

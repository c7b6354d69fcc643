// Steps for credentials failures (expired, unknown or missing keys, bad signatures, EKS and ECR logins): there is
// no policy to read yet, only which credentials were used and why AWS refused them.
import { credentialKind, type CredentialKind } from '../explain/credentials';
import type { Step } from '../model';
import { say } from './common';
import { sh } from './shell';
import type { StepValues } from './values';

// The IDs a browser's or a client's text shows: an API's invoke URL, an identity pool.
const INVOKE_URL = /\b([a-z0-9]{10})\.execute-api\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com/;
const IDENTITY_POOL = /\b([a-z]{2}(?:-[a-z]+)+-\d:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/;

/**
 * Refusals fixed outside the caller's credentials: the request's route, CloudFront's signing, a database's token, the
 * pool's guests.
 */
function requestSteps(v: StepValues, kind: CredentialKind): Step[] | null {
  const around = v.ctx.facts.text.slice(0, 20_000);
  switch (kind) {
    case 'missingToken': {
      const api = INVOKE_URL.exec(around);
      const id = api ? sh(api[1]!) : 'API_ID';
      const reg = api ? ` --region ${sh(api[2]!)}` : v.region ? ` --region ${sh(v.region)}` : '';
      return [
        {
          title: say(v, 'cred.route.title'),
          command: [
            `aws apigateway get-stages --rest-api-id ${id}${reg} --query 'item[].stageName'`,
            `aws apigateway get-resources --rest-api-id ${id}${reg} --query 'items[].[path,join(\`,\`,keys(resourceMethods || \`{}\`))]' --output text`,
          ].join('\n'),
          meaning: say(v, 'cred.route.meaning'),
        },
      ];
    }
    case 'signedUrl':
      return [
        {
          title: say(v, 'cred.signed.title'),
          command: `aws cloudfront get-distribution-config --id DISTRIBUTION_ID --query 'DistributionConfig.{default:DefaultCacheBehavior.TrustedKeyGroups,paths:CacheBehaviors.Items[].[PathPattern,TrustedKeyGroups.Enabled]}'`,
          meaning: say(v, 'cred.signed.meaning'),
        },
      ];
    case 'dbToken': {
      // The user PostgreSQL names, quoted (also inside a JSON log's escaped string).
      const user = /\bfor user \\?"?([A-Za-z0-9_.@-]{1,63})/.exec(around)?.[1];
      return [
        {
          title: say(v, 'cred.db.title'),
          command: [
            `aws rds generate-db-auth-token --hostname DB_HOST --port DB_PORT --username ${user ? sh(user) : 'DB_USER'}${v.region ? ` --region ${sh(v.region)}` : ' --region REGION'}`,
            'aws sts get-caller-identity --query Arn --output text',
          ].join('\n'),
          meaning: say(v, 'cred.db.meaning'),
        },
      ];
    }
    case 'guest': {
      const pool = IDENTITY_POOL.exec(around);
      const reg = pool ? ` --region ${sh(pool[1]!.split(':')[0]!)}` : '';
      return [
        {
          title: say(v, 'cred.guest.title'),
          command: `aws cognito-identity describe-identity-pool --identity-pool-id ${pool ? sh(pool[1]!) : 'IDENTITY_POOL_ID'}${reg} --query '{guests:AllowUnauthenticatedIdentities,providers:CognitoIdentityProviders[].ProviderName}'`,
          meaning: say(v, 'cred.guest.meaning'),
        },
      ];
    }
    default:
      return null;
  }
}

export function credentialSteps(v: StepValues): Step[] {
  const text = (v.finding.message ?? '').slice(0, 20_000);
  const code = v.finding.errorCode ?? '';
  const all = `${code} ${text}`;
  const kind = credentialKind(v.finding);
  const request = requestSteps(v, kind);
  // A browser's request (CloudFront, an identity pool) has no CLI credentials to check; an API's route and a
  // database's token come first.
  if (request && kind !== 'missingToken' && kind !== 'dbToken') return request;
  const steps: Step[] = [
    ...(request ?? []),
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
  if (/must be logged in to the server|kubectl|\bUnauthorized\b.*\beks\b|\beks\b.*\bUnauthorized\b/i.test(all) || kind === 'cluster') {
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

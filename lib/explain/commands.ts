// The AWS CLI commands that confirm the diagnosis, filled in with the message's values (quoted for the shell) and
// aware of the partition: IAM and Organizations are global services whose endpoint lives in one region per
// partition, so outside the commercial partition those commands name it.
import type { Command } from '../model';
import type { Ctx } from './context';
import type { RankedCause } from './layers';
import { credentialKind } from './credentials';
import { resourcePolicyHome } from './playbooks/resource';
import { principalArnForPolicy } from './policy';
import { sh } from './shell';
import { targetName, assumedRoleName } from './verdict';
import { isAccountId } from './values';

function globalRegion(partition: string): string {
  if (partition === 'aws-cn') return ' --region cn-north-1';
  if (partition === 'aws-us-gov') return ' --region us-gov-west-1';
  return '';
}

/** The encoded authorization message, only if it is made of the characters AWS uses for it. */
export function encodedBlob(message: string): string | null {
  const m = /Encoded authorization failure message:\s*([A-Za-z0-9_\-+/=]{20,})/.exec(message.slice(0, 50_000));
  return m?.[1] ?? null;
}

function regionFlag(ctx: Ctx): string {
  const region = ctx.primary?.resource.region ?? ctx.facts.regionHint;
  return region ? ` --region ${sh(region)}` : '';
}

export function buildCommands(ctx: Ctx, causes: RankedCause[]): Command[] {
  const { t, tv, facts } = ctx;
  const out: Command[] = [];
  const p = facts.principal;
  const g = globalRegion(ctx.partition);
  const add = (purpose: string, command: string): void => {
    if (!out.some((c) => c.command === command)) out.push({ purpose, command });
  };
  add(t('cmd.whoami'), 'aws sts get-caller-identity');

  if (facts.finding.category === 'credentials') {
    const kind = credentialKind(facts.finding);
    add(t('cmd.configureList'), 'aws configure list');
    if (kind === 'expired') add(t('cmd.ssoLogin'), 'aws sso login --profile "${AWS_PROFILE:-default}"');
    if (kind === 'signature') add(t('cmd.clock'), 'date -u');
    if (kind === 'cluster') {
      add(t('cmd.eksAccess'), `aws eks list-access-entries --cluster-name CLUSTER_NAME${regionFlag(ctx)}`);
      add(t('cmd.kubeconfig'), `aws eks update-kubeconfig --name CLUSTER_NAME${regionFlag(ctx)}`);
    }
    return out;
  }

  if (facts.finding.encoded) {
    const blob = encodedBlob(facts.finding.message);
    add(t('cmd.decode'), `aws sts decode-authorization-message --encoded-message ${blob ? sh(blob) : 'ENCODED_MESSAGE'} --query DecodedMessage --output text | jq .`);
  }

  const primary = ctx.primary;
  // Identity Center roles live under aws-reserved/sso.amazonaws.com/: the simulator needs the role's real ARN.
  const simulateArn = p.permissionSet ? principalArnForPolicy(p) : (p.roleArn ?? (p.kind === 'user' ? p.policyArn : null));
  if (primary && simulateArn && !facts.trustCall && !p.serviceLinked) {
    const resource = primary.resource.arn !== '*' ? ` --resource-arns ${sh(primary.resource.arn)}` : '';
    add(t('cmd.simulate', { target: targetName(facts, tv) }), `aws iam simulate-principal-policy --policy-source-arn ${sh(simulateArn)} --action-names ${sh(primary.action)}${resource}${g}`);
  }
  const layers = new Set(causes.map((c) => c.policyType));
  const roleName = p.roleName && !p.permissionSet ? p.roleName : null;
  if (layers.has('identity') && roleName) {
    add(t('cmd.rolePolicies', { target: targetName(facts, tv) }), `aws iam list-attached-role-policies --role-name ${sh(roleName)}${g} && aws iam list-role-policies --role-name ${sh(roleName)}${g}`);
  } else if (layers.has('identity') && p.kind === 'user' && p.userName) {
    add(t('cmd.rolePolicies', { target: targetName(facts, tv) }), `aws iam list-attached-user-policies --user-name ${sh(p.userName)}${g} && aws iam list-user-policies --user-name ${sh(p.userName)}${g} && aws iam list-groups-for-user --user-name ${sh(p.userName)}${g}`);
  }
  if (layers.has('trust') && primary?.resource.type?.key === 'role') {
    const name = primary.resource.arn.slice(primary.resource.arn.lastIndexOf('/') + 1);
    add(t('cmd.trust', { role: assumedRoleName(facts, tv) }), `aws iam get-role --role-name ${sh(name)} --query Role.AssumeRolePolicyDocument${g}`);
  }
  if (layers.has('boundary') && (roleName || p.userName)) {
    add(
      t('cmd.boundary', { target: targetName(facts, tv) }),
      roleName
        ? `aws iam get-role --role-name ${sh(roleName)} --query Role.PermissionsBoundary${g}`
        : `aws iam get-user --user-name ${sh(p.userName ?? '')} --query User.PermissionsBoundary${g}`,
    );
  }
  const policyArn = facts.finding.policyArn;
  const orgPolicyId = policyArn ? /:policy\/o-[a-z0-9]+\/[a-z_]+\/(p-[a-z0-9_]+)$/.exec(policyArn)?.[1] : null;
  if (orgPolicyId) {
    add(t('cmd.describePolicy', { policy: orgPolicyId }), `aws organizations describe-policy --policy-id ${sh(orgPolicyId)} --query Policy.Content --output text${g} | jq .`);
  } else if (policyArn && /:iam::/.test(policyArn)) {
    add(t('cmd.describeIamPolicy', { policy: policyArn }), `aws iam get-policy-version --policy-arn ${sh(policyArn)} --version-id "$(aws iam get-policy --policy-arn ${sh(policyArn)} --query Policy.DefaultVersionId --output text${g})" --query PolicyVersion.Document${g}`);
  }
  const account = isAccountId(p.account) ? p.account : 'ACCOUNT_ID';
  if (layers.has('scp')) {
    add(t('cmd.scp', { account }), `aws organizations list-policies-for-target --target-id ${sh(account)} --filter SERVICE_CONTROL_POLICY${g}`);
  }
  if (layers.has('rcp')) {
    const target = facts.resourceAccount ?? account;
    add(t('cmd.rcp', { account: target }), `aws organizations list-policies-for-target --target-id ${sh(target)} --filter RESOURCE_CONTROL_POLICY${g}`);
  }
  if (primary && layers.has('resource')) resourceCommands(ctx, add);
  if (layers.has('vpce') && facts.service) {
    const region = primary?.resource.region ?? facts.regionHint;
    add(
      t('cmd.vpce', { service: facts.service }),
      `aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=${sh(`com.amazonaws.${region ?? 'REGION'}.${facts.service}`)} --query 'VpcEndpoints[].[VpcEndpointId,PolicyDocument]'${regionFlag(ctx)}`,
    );
  }
  const eventName = facts.finding.operation ?? primary?.info?.name ?? primary?.action.split(':')[1] ?? null;
  if (eventName && /^[A-Za-z0-9]+$/.test(eventName)) {
    add(
      t('cmd.cloudtrail', { event: eventName }),
      `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=${eventName} --max-results 50${regionFlag(ctx)} --query "Events[?contains(CloudTrailEvent, 'AccessDenied') || contains(CloudTrailEvent, 'UnauthorizedOperation')].CloudTrailEvent" --output text`,
    );
  }
  return out;
}

function resourceCommands(ctx: Ctx, add: (purpose: string, command: string) => void): void {
  const { t } = ctx;
  const primary = ctx.primary;
  if (!primary) return;
  const home = resourcePolicyHome(ctx, primary);
  const r = primary.resource;
  const region = regionFlag(ctx);
  switch (home.kind) {
    case 'bucket': {
      const bucket = r.vars.BucketName ?? 'BUCKET_NAME';
      add(t('cmd.bucketPolicy', { bucket }), `aws s3api get-bucket-policy --bucket ${sh(bucket)} --query Policy --output text | jq .`);
      add(t('cmd.bpa', { bucket }), `aws s3api get-public-access-block --bucket ${sh(bucket)}`);
      if (r.vars.ObjectName && /^s3:(getobject|putobject)/i.test(primary.action)) {
        add(t('cmd.headObject'), `aws s3api head-object --bucket ${sh(bucket)} --key ${sh(r.vars.ObjectName)} --query '[ServerSideEncryption,SSEKMSKeyId]'`);
      }
      break;
    }
    case 'key':
      add(t('cmd.keyPolicy'), `aws kms get-key-policy --key-id ${sh(r.arn === '*' ? 'KEY_ID' : r.arn)} --policy-name default --query Policy --output text${region} | jq .`);
      add(t('cmd.grants'), `aws kms list-grants --key-id ${sh(r.arn === '*' ? 'KEY_ID' : r.arn)}${region}`);
      break;
    case 'function':
      add(t('cmd.lambdaPolicy'), `aws lambda get-policy --function-name ${sh(r.arn)} --query Policy --output text${region} | jq .`);
      break;
    case 'queue': {
      const m = /^arn:([^:]+):sqs:([^:]+):([^:]+):(.+)$/.exec(r.arn);
      const url = m ? `https://sqs.${m[2]}.${m[1] === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'}/${m[3]}/${m[4]}` : 'QUEUE_URL';
      add(t('cmd.queuePolicy'), `aws sqs get-queue-attributes --queue-url ${sh(url)} --attribute-names Policy${region}`);
      break;
    }
    case 'topic':
      add(t('cmd.topicPolicy'), `aws sns get-topic-attributes --topic-arn ${sh(r.arn)} --query Attributes.Policy --output text${region} | jq .`);
      break;
    case 'secret':
      add(t('cmd.secretPolicy'), `aws secretsmanager get-resource-policy --secret-id ${sh(r.vars.SecretId?.replace(/-\?{6}$/, '') ?? r.arn)}${region}`);
      break;
    case 'repository':
      add(t('cmd.repoPolicy'), `aws ecr get-repository-policy --repository-name ${sh(r.vars.RepositoryName ?? 'REPOSITORY_NAME')}${region}`);
      break;
    default:
      break;
  }
}

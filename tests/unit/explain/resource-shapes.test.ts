// Resources as real messages print them, shaped into the fix's ARNs (found on collected denials the explainer had
// not seen; each case written here for the class, not copied): type words before a name, an elided tail, an index
// and its table, a list call printed against the whole service, the legacy S3 regional host, a name the writer
// left as a placeholder. Every fix is checked with the IAM engine and the advice lint too.
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

const statementsOf = (e: Explanation) => e.fixes.find((x) => x.target === 'identity-policy' && x.policy)!.policy!.Statement as Array<{ Action: string; Resource: string | string[] }>;

describe('resource shapes in fixes', () => {
  it.each([
    [
      '"instance profile NAME" (CloudFormation\'s IAM handler) is the instance profile’s ARN',
      'User: arn:aws:iam::111122223333:user/ops is not authorized to perform: iam:AddRoleToInstanceProfile on resource: instance profile web-node-profile because no identity-based policy allows the iam:AddRoleToInstanceProfile action',
      ['arn:aws:iam::111122223333:instance-profile/web-node-profile'],
    ],
    [
      'an elided tail (`.../...`) is a placeholder for the cut value, not "every resource below"',
      'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: wafv2:AssociateWebACL on resource: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge-acl/... because no identity-based policy allows the wafv2:AssociateWebACL action',
      ['arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge-acl/ID'],
    ],
    [
      'a query on an index names its own table beside it, not every table',
      'User: arn:aws:sts::111122223333:assumed-role/api/x is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:eu-west-1:111122223333:table/Orders/index/byCustomer because no identity-based policy allows the dynamodb:Query action',
      ['arn:aws:dynamodb:eu-west-1:111122223333:table/Orders/index/byCustomer', 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders'],
    ],
    [
      'a list call printed against the whole service keeps that ARN and adds its own resource type',
      'User: arn:aws:iam::111122223333:user/ops is not authorized to perform: schemas:ListRegistries on resource: arn:aws:schemas:eu-west-1:111122223333:* because no identity-based policy allows the schemas:ListRegistries action',
      ['arn:aws:schemas:eu-west-1:111122223333:*', 'arn:aws:schemas:eu-west-1:111122223333:registry/*'],
    ],
    [
      'one ellipsis for both region and account before a type that is the whole resource (`…:catalog`): no colon added',
      'AccessDeniedException: not authorized to perform: glue:GetDatabase on resource: arn:aws:glue:…:catalog',
      // (GetDatabase is authorized on the catalog and on the database it reads, which the message did not name.)
      ['arn:aws:glue:REGION:ACCOUNT_ID:catalog', 'arn:aws:glue:REGION:ACCOUNT_ID:database/*'],
    ],
    [
      "a log group's name printed alone with an empty stream (`/aws/lambda/x:log-stream:`) means every stream of it",
      'AccessDeniedException: User: ci-deployer is not authorized to perform: logs:PutRetentionPolicy on resource: /aws/lambda/nightly:log-stream: because no identity-based policy allows the logs:PutRetentionPolicy action',
      ['arn:aws:logs:REGION:ACCOUNT_ID:log-group:/aws/lambda/nightly:log-stream:*'],
    ],
    [
      'one ellipsis for both region and account: what follows is the resource (a state machine), not the account',
      'AccessDeniedException: ... is not authorized to perform: states:StartExecution on resource: arn:aws:states:...:stateMachine:agent-pipeline because no identity-based policy allows the states:StartExecution action',
      ['arn:aws:states:REGION:ACCOUNT_ID:stateMachine:agent-pipeline'],
    ],
    [
      "a tag on an API being created is authorized on the service-wide ARN AppSync printed: the fix grants that ARN",
      'Reason: User: arn:aws:iam::111122223333:user/amplify-x is not authorized to perform: appsync:TagResource on resource: arn:aws:appsync:us-east-2:111122223333:* (Service: AWSAppSync; Status Code: 403; Error Code: AccessDeniedException)',
      ['arn:aws:appsync:us-east-2:111122223333:*'],
    ],
    [
      "a writer's placeholder for the whole ARN (`YOUR_SNS_TOPIC_ARN`) leaves the name to the type's own placeholder",
      'An error occurred (AuthorizationError) when calling the Subscribe operation: User: arn:aws:iam::111122223333:user/ops is not authorized to perform: sns:Subscribe on resource: YOUR_SNS_TOPIC_ARN',
      ['arn:aws:sns:REGION:111122223333:TOPIC_NAME'],
    ],
    [
      'a masked id (`hostedzone/***`) is a placeholder for the one zone, never every zone',
      'User: arn:aws:sts::111122223333:assumed-role/cert-manager/1647 is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/*** because no identity-based policy allows the route53:ChangeResourceRecordSets action',
      ['arn:aws:route53:::hostedzone/ID'],
    ],
    [
      'an ARN cut right after its type word (`session/`) names no session: a placeholder for it, never every session',
      'An error occurred (AccessDeniedException) when calling the TerminateSession operation: User: arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/ is not authorized to perform: ssm:TerminateSession on resource: arn:aws:ssm:eu-west-1:111122223333:session/ because no identity-based policy allows the ssm:TerminateSession action',
      ['arn:aws:ssm:eu-west-1:111122223333:session/SESSION_ID'],
    ],
    [
      'a stack ARN cut after its name (`stack/NAME/`) names the stack: every id it had',
      'User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/orders-api/ because no identity-based policy allows the cloudformation:DescribeStacks action',
      ['arn:aws:cloudformation:eu-west-1:111122223333:stack/orders-api/*'],
    ],
    [
      "a writer's template of a role name (`{role}:{appname}-dev-EnvManagerRole`): the head's mask dropped, the rest placeholders",
      'AccessDenied: User: arn:aws:iam::111122223333:user/dev is not authorized to perform: sts:AssumeRole on resource: {role}:{appname}-dev-EnvManagerRole',
      ['arn:aws:iam::111122223333:role/APPNAME_VALUE-dev-EnvManagerRole'],
    ],
    [
      "a writer's placeholder in brackets for the whole ARN (`[RESOURCE_ARN]`) leaves the name to the type's own placeholder",
      'An error occurred (AccessDeniedException) when calling the DescribeCertificate operation: User: arn:aws:iam::111122223333:user/ops is not authorized to perform: acm:DescribeCertificate on resource: [RESOURCE_ARN]',
      ['arn:aws:acm:REGION:111122223333:certificate/CERTIFICATE_ID'],
    ],
    [
      'an id the writer cut short (`application/ssoins-...`) stands for the rest of the name too: placeholders, not the dots',
      'CreationFailed: User: arn:aws:iam::111122223333:user/ops is not authorized to perform: sso:CreateApplication on resource: arn:aws:sso::111122223333:application/ssoins-...',
      ['arn:aws:sso::111122223333:application/INSTANCE_ID/*', 'arn:aws:sso::aws:applicationProvider/*', 'arn:aws:sso:::instance/INSTANCE_ID'],
    ],
    [
      "a writer's own ARN of no type the action has (`agent/AIOPS_AGENT_ID/*` for InvokeAgent): the action's type, in its region",
      'AccessDeniedException: User: arn:aws:iam::111122223333:role/ops is not authorized to perform: bedrock:InvokeAgent on resource: arn:aws:bedrock:eu-west-1::agent/MY_AGENT_ID/*',
      ['arn:aws:bedrock:eu-west-1:111122223333:agent-alias/AGENT_ID/AGENT_ALIAS_ID'],
    ],
    [
      "EC2's `*/*` (a wildcard where the type goes, which IAM never matches): every resource of each of the action's types there",
      'An error occurred (UnauthorizedOperation) when calling the DisassociateRouteTable operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:DisassociateRouteTable on resource: arn:aws:ec2:eu-central-1:111122223333:*/* because no identity-based policy allows the ec2:DisassociateRouteTable action.',
      [
        'arn:aws:ec2:eu-central-1:111122223333:internet-gateway/*',
        'arn:aws:ec2:eu-central-1:111122223333:ipv4pool-ec2/*',
        'arn:aws:ec2:eu-central-1:111122223333:ipv6pool-ec2/*',
        'arn:aws:ec2:eu-central-1:111122223333:route-table/*',
        'arn:aws:ec2:eu-central-1:111122223333:subnet/*',
        'arn:aws:ec2:eu-central-1:111122223333:vpn-gateway/*',
      ],
    ],
    [
      "a type with two ARN forms in the IAM data (Lex's bot alias, V2 and V1): each form its own ARN, never both in one string",
      'User: arn:aws:sts::111122223333:assumed-role/lex/CognitoIdentityCredentials is not authorized to perform: lex:PostContent',
      ['arn:aws:lex:REGION:111122223333:bot-alias/BOT_ID/BOT_ALIAS_ID', 'arn:aws:lex:REGION:111122223333:bot:BOT_NAME:BOT_ALIAS'],
    ],
    [
      "a writer's placeholder for the rest of an ARN (`listener/app/<LISTENER>`): the type its words start, with that type's placeholders",
      'User: arn:aws:sts::111122223333:assumed-role/ops/s is not authorized to perform: elasticloadbalancing:DeleteListener on resource: arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/<LISTENER> because no identity-based policy allows the elasticloadbalancing:DeleteListener action',
      [
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/LOAD_BALANCER_NAME/LOAD_BALANCER_ID/LISTENER_ID',
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/gwy/LOAD_BALANCER_NAME/LOAD_BALANCER_ID/LISTENER_ID',
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/net/LOAD_BALANCER_NAME/LOAD_BALANCER_ID/LISTENER_ID',
      ],
    ],
    [
      "a part the resource left to a placeholder is the same placeholder in the type it requires beside it, never every one",
      'User: arn:aws:iam::111122223333:user/ops is not authorized to perform: appconfig:GetConfigurationProfile on resource: ....',
      ['arn:aws:appconfig:REGION:111122223333:application/APPLICATION_ID/configurationprofile/CONFIGURATION_PROFILE_ID', 'arn:aws:appconfig:REGION:111122223333:application/APPLICATION_ID'],
    ],
    [
      'a Kinesis consumer printed without its creation timestamp stands for every consumer of that name (`…:*`)',
      'User: arn:aws:sts::111122223333:assumed-role/reader/s is not authorized to perform: kinesis:DescribeStreamConsumer on resource: arn:aws:kinesis:eu-west-1:111122223333:stream/clicks/consumer/enricher because no identity-based policy allows the kinesis:DescribeStreamConsumer action',
      ['arn:aws:kinesis:eu-west-1:111122223333:stream/clicks/consumer/enricher:*'],
    ],
  ])('%s', async (_name, text, resources) => {
    const e = await explained(text);
    const [first] = statementsOf(e);
    expect([first!.Resource].flat()).toEqual(resources);
    const check = await checkExplanation(e);
    expect(check.checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });

  it('an ARN cut after its account names no resource: the action’s own type with a placeholder, never a trailing colon', async () => {
    const e = await explained('User: arn:aws:sts::111122223333:assumed-role/audit/x is not authorized to perform: glue:SearchTables on resource: arn:aws:glue:us-east-1:111122223333 because no identity-based policy allows the glue:SearchTables action');
    const resources = [statementsOf(e)[0]!.Resource].flat();
    expect(resources.every((r) => !r.endsWith(':'))).toBe(true);
  });

  it('IAM acts on the caller’s own account: two masked accounts there are one placeholder, not a caller and a target', async () => {
    const e = await explained('User: arn:aws:sts::XXXXXX:assumed-role/requester/s is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::XXXXXX:role/app-role because no identity-based policy allows the iam:CreateRole action');
    expect([statementsOf(e)[0]!.Resource].flat()).toEqual(['arn:aws:iam::ACCOUNT_ID:role/app-role']);
    expect(e.fixes[0]!.placeholders).toEqual(['ACCOUNT_ID']);
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
  });

  it('the legacy S3 regional host (s3-eu-west-1.amazonaws.com) is S3', async () => {
    const e = await explained('Error executing "PutObject" on "https://s3-eu-west-1.amazonaws.com/reports/q.csv"; AWS HTTP error: Client error: 403 AccessDenied (client): Access Denied');
    expect(JSON.stringify(e.fixes)).toContain('"s3:PutObject"');
  });

  it('a name the writer left as a placeholder (user/USER_ID) is listed with the placeholders to replace', async () => {
    const e = await explained('User: arn:aws:iam::111122223333:user/USER_ID is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-1:111122223333:jobs because no identity-based policy allows the sqs:SendMessage action');
    const fix = e.fixes.find((x) => x.target === 'identity-policy')!;
    expect(fix.attachTo).toBe('arn:aws:iam::111122223333:user/USER_ID');
    expect(fix.placeholders).toContain('USER_ID');
  });

  it('a resource written in words (a docs page’s “resource ARN”) is no name: the type’s ARN with a placeholder', async () => {
    const e = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: sqs:DeleteQueue on resource: queue ARN because no identity-based policy allows the sqs:DeleteQueue action');
    const [resource] = [statementsOf(e)[0]!.Resource].flat();
    expect(resource).not.toMatch(/\s/);
    expect(resource).toMatch(/^arn:aws:sqs:[A-Z_]+:111122223333:[A-Z_]+$/);
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });

  it('a call that creates its resource, printed against the bare type (`instance/`), gets every instance', async () => {
    const e = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/ because no identity-based policy allows the ec2:RunInstances action');
    expect([statementsOf(e)[0]!.Resource].flat()[0]).toBe('arn:aws:ec2:eu-west-1:111122223333:instance/*');
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
  });

  it('a call that creates its resource and names none gets every resource of the type: nobody knows the id AWS will pick', async () => {
    const run = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:RunInstances because no identity-based policy allows the ec2:RunInstances action');
    expect([statementsOf(run)[0]!.Resource].flat()[0]).toBe('arn:aws:ec2:REGION:111122223333:instance/*');
    expect((await checkExplanation(run)).checked.filter((c) => !c.ok)).toEqual([]);
    const volume = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:CreateVolume because no identity-based policy allows the ec2:CreateVolume action');
    expect([statementsOf(volume)[0]!.Resource].flat()[0]).toBe('arn:aws:ec2:REGION:111122223333:volume/*');
    // A call on an existing resource (DeleteVolume) keeps the placeholder: the user knows which volume it was.
    const del = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:DeleteVolume because no identity-based policy allows the ec2:DeleteVolume action');
    expect([statementsOf(del)[0]!.Resource].flat()[0]).toBe('arn:aws:ec2:REGION:111122223333:volume/VOLUME_ID');
  });

  it('a caller named in plain words with a space (`user/user name`) is a placeholder to replace, not a name to attach to', async () => {
    const e = await explained('User: arn:aws:iam::111122223333:user/user name is not authorized to perform: ses:VerifyEmailIdentity');
    const fix = e.fixes.find((x) => x.target === 'identity-policy')!;
    expect(fix.attachTo).toBe('arn:aws:iam::111122223333:user/USER_NAME');
    expect(fix.placeholders).toContain('USER_NAME');
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });

  it('the word ARN standing for one (`ARN*` in a docs example) is no name either', async () => {
    const e = await explained('User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:RunInstances on resource: ARN* because no identity-based policy allows the ec2:RunInstances action');
    const resources = [statementsOf(e)[0]!.Resource].flat();
    expect(resources.some((r) => /ARN\*/.test(String(r)))).toBe(false);
    expect(resources[0]).toMatch(/^arn:aws:ec2:[A-Z_]+:111122223333:instance\/\*$|^arn:aws:ec2:[A-Z_]+:111122223333:instance\/[A-Z_]+$/);
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
  });

  it('an action whose prefix no service has (an emulator’s unknown:Action) gets a note, no policy naming it', async () => {
    const e = await explained('AccessDeniedException: User: arn:aws:iam::111122223333:user/dev is not authorized to perform: unknown:Action on resource: * because no identity-based policy allows the unknown:Action action');
    const fix = e.fixes.find((x) => x.target === 'identity-policy')!;
    expect(fix.policy).toBeNull();
    expect(fix.note).toContain('unknown is not a service prefix');
    const ja = await explain(parse('User: arn:aws:iam::111122223333:user/dev is not authorized to perform: unknown:Action on resource: *')[0]!, { lang: 'ja' });
    expect(ja.fixes.find((x) => x.target === 'identity-policy')!.note).toContain('サービスプレフィックス');
  });

  it('a change set refused on the SAM transform keeps the transform ARN CloudFormation documents for it', async () => {
    const e = await explained('Failed to create the changeset: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state Status: FAILED. Reason: User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:eu-west-1:aws:transform/Serverless-2016-10-31');
    expect([statementsOf(e)[0]!.Resource].flat()).toEqual(['arn:aws:cloudformation:eu-west-1:aws:transform/Serverless-2016-10-31']);
    expect((await checkExplanation(e)).checked.filter((c) => !c.ok)).toEqual([]);
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
    // The same where a paste mangled the account ('aw') or masked it: there is no other account a hosted transform is in.
    for (const account of ['aw', 'xxxxxxx']) {
      const odd = await explained(`User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:eu-west-1:${account}:transform/Serverless-2016-10-31`);
      expect([statementsOf(odd)[0]!.Resource].flat()).toEqual(['arn:aws:cloudformation:eu-west-1:aws:transform/Serverless-2016-10-31']);
      expect((await checkExplanation(odd)).checked.filter((c) => !c.ok)).toEqual([]);
      expect(lintExplanation(odd, lastIndex()!)).toEqual([]);
    }
    // A docs page's `<region>` leaves the region to the user.
    const anyRegion = await explained('User: ... is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:<region>:aws:transform/Serverless-2016-10-31');
    expect([statementsOf(anyRegion)[0]!.Resource].flat()).toEqual(['arn:aws:cloudformation:REGION:aws:transform/Serverless-2016-10-31']);
    expect(lintExplanation(anyRegion, lastIndex()!)).toEqual([]);
  });

  it('a service principal (CloudFront reading an origin bucket) is granted in the bucket policy, only for its own account', async () => {
    const e = await explained('{"userIdentity": {"type": "AWSService", "invokedBy": "cloudfront.amazonaws.com"}, "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "errorCode": "AccessDenied", "errorMessage": "Access Denied", "requestParameters": {"bucketName": "site-origin", "key": "index.html"}}');
    expect(e.fixes.some((f) => f.target === 'identity-policy')).toBe(false);
    const fix = e.fixes[0]!;
    expect(fix.target).toBe('resource-policy');
    const st = fix.policy!.Statement[0]!;
    expect(st.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(st.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' } });
    expect(e.verdict).toContain('cloudfront.amazonaws.com');
    const check = await checkExplanation(e);
    expect(check.checked.filter((c) => !c.ok)).toEqual([]);
    // The probe that another account's distribution stays out ran.
    expect(JSON.stringify(check.checked)).toContain('the service acting for another account');
    expect(lintExplanation(e, lastIndex()!)).toEqual([]);
  });
});

describe("VPC Lattice's service-based (auth) policy", () => {
  it('is the resource layer the message names, attached to the service, and the engine confirms it', async () => {
    const text =
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/lattice-client/s is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0123456789abcdef0/orders because no service-based policy allows the vpc-lattice-svcs:Invoke action';
    const e = await explained(text);
    expect(e.causes[0]).toMatchObject({ policyType: 'resource', likelihood: 'certain' });
    expect(e.fixes[0]).toMatchObject({ target: 'resource-policy', attachTo: 'arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0123456789abcdef0' });
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });
});

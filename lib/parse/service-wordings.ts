// Services' own wordings of a refusal (data and analytics services' in data-service-wordings.ts, a client's HTTP status
// in request-status.ts), each naming a field the generic families cannot: the VPC endpoint policy's message, an event
// viewer's caller row, the permission a service says the caller must have, the bucket s3cmd was refused, a shortened
// "action X is not authorized", the target a pipe may not invoke, a caller named by its ARN alone, the secret the ECS
// agent could not fetch, the resource a service may not act on, the role Redshift may not use, the bucket Salt was
// refused, CodeBuild's source artifact, CodeDeploy's service role, s3cmd's "S3 error: 403 (Forbidden)", a controller
// that "isn't authorized to call" an action, KMS's ciphertext refusal, ECR's repository as SageMaker relays it, Go v2's
// envelope with its message elided, StackSets' execution role without its trust, SimpleDB's parentheses,
// ParallelCluster's simulated decisions, Lambda's stream its role cannot read and its execution role's own check, the
// model a Bedrock knowledge base's role may not call, a container client's 403 from ECR, c7n-org's refused call,
// AppSync's refused field, a client's "<Code> calling <Op>:", a service-linked role the caller could not create, STS
// not activated in a Region, the role EC2 cannot assume, the account Kinesis Video refused.
import { categoryOfCode } from './codes';
import { each } from './find';
import { mentions } from './gate';
import { codedCoreEach, coreEach, wrapEach } from './match-pieces';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

export function scanServiceWordings(scan: Scan): void {
  scanEndpointDenials(scan);
  if ((scan.text.indexOf(':iam::') >= 0 || scan.text.indexOf(':sts::') >= 0) && CARD_LABEL.test(scan.text)) wrapEach(scan, CARD_PRINCIPAL, 'forward', 1500, 'principal', P.hint);
  if (mentions(scan, 'authori') && (scan.text.indexOf(':iam::') >= 0 || scan.text.indexOf(':sts::') >= 0)) wrapEach(scan, ARN_NOT_AUTHORIZED, 'around', 300, 'principal', P.hint);
  if (mentions(scan, 'authori') && (scan.text.indexOf('User:') >= 0 || scan.text.indexOf('User `') >= 0 || /\bUser\s{1,3}arn:aws/.test(scan.text))) coreEach(scan, CUT_AFTER_AUTHORIZED, 'principal', P.statement);
  if (scan.text.indexOf('(truncated...)') >= 0) coreEach(scan, GUZZLE_TRUNCATED, 'principal', P.statement);
  if (mentions(scan, 'permission') && (scan.text.indexOf('must') >= 0 || scan.text.indexOf('recommended') >= 0)) wrapEach(scan, MUST_HAVE, 'around', 400, 'action', P.hint);
  if (scan.text.indexOf('Not Authorized to access') >= 0 || scan.text.indexOf('Unauthorized') >= 0) scanAppSync(scan);
  if (scan.text.indexOf(' calling ') >= 0) scanCodeCalling(scan);
  if (scan.text.indexOf('calling role has sufficient') >= 0) coreEach(scan, CANNOT_CREATE_SLR, null);
  if (scan.text.indexOf('not activated') >= 0) scanStsRegionDisabled(scan);
  if (scan.text.indexOf('cannot assume the role') >= 0) wrapEach(scan, EC2_CANNOT_ASSUME, 'around', 300, 'resource', P.prefix);
  if (scan.text.indexOf('is not allowed to access the resources') >= 0) coreEach(scan, ACCOUNT_NOT_ALLOWED, 'accountId', P.statement, true);
  if (scan.text.indexOf('is not authorized to call') >= 0) coreEach(scan, ACCOUNT_NOT_AUTHORIZED, 'accountId', P.statement, true);
  if (scan.text.indexOf('not an administrator for') >= 0) coreEach(scan, ACCOUNT_NOT_ADMIN, ['errorCode', 'accountId'], P.statement, true);
  if (mentions(scan, 'failed') && scan.text.indexOf('fetch secret') >= 0) wrapEach(scan, FETCH_SECRET, 'forward', 600, 'resource', P.hint);
  scanBucketDenied(scan);
  scanNotAllowedToInvoke(scan);
  if (mentions(scan, 'permission') && scan.text.indexOf('resource arn:') >= 0) coreEach(scan, NO_PERMISSION_ON, 'resource');
  if (mentions(scan, 'permission') && scan.text.indexOf('perform (') >= 0) scanParenthesized(scan);
  if (scan.text.indexOf('Deny') >= 0 && scan.text.indexOf('role error') >= 0) scanSimulatedDecisions(scan);
  if (scan.text.indexOf('Cannot') >= 0 && scan.text.indexOf('stream') >= 0) coreEach(scan, CANNOT_ACCESS_STREAM, 'resource', P.prefix, true);
  if (scan.text.indexOf('execution role') >= 0) coreEach(scan, ROLE_CANNOT_CALL, null, P.prefix, true);
  if (scan.text.indexOf('unable to perform') >= 0) {
    coreEach(scan, UNABLE_TO_PERFORM, ['principal', 'action', 'resource'], P.statement, true, (v) => v.replace(/[.,;]$/, ''));
    each(SERVICE_NAME_UNABLE, scan.text, (m) => {
      const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
      setField(core, 'principal', m[1], P.statement);
      setField(core, 'action', m[2], P.statement);
      // A service that may not assume the role is refused by the role's trust policy.
      if (/^sts:AssumeRole/i.test(m[2]!)) setField(core, 'policyType', 'trust', P.statement);
      scan.pieces.push(core);
    });
  }
  if (mentions(scan, 'denied') && scan.text.indexOf('AWS::') >= 0) coreEach(scan, CLOUD_CONTROL_DENIED, null, P.prefix, true);
  if (scan.text.indexOf('credentials of role') >= 0) coreEach(scan, ROLE_CREDENTIALS, 'resource');
  if (scan.text.indexOf("response for bucket '") >= 0) coreEach(scan, DENIED_RESPONSE_FOR_BUCKET, 'resource');
  scanActionNotAuthorized(scan);
  if (mentions(scan, 'authori') && scan.text.indexOf('call') >= 0) coreEach(scan, AUTHORIZED_TO_CALL, 'action', P.statement);
  if (scan.text.indexOf('S3 error') >= 0 || scan.text.indexOf('Test failed') >= 0) codedCoreEach(scan, S3CMD_ERROR);
  if (scan.text.indexOf('StatusCode:') >= 0) scanGoV2403(scan);
  if (scan.text.indexOf('allowed') >= 0) coreEach(scan, KMS_NOT_ALLOWED, null);
  if (scan.text.indexOf('for repository') >= 0) wrapEach(scan, ECR_REPOSITORY, 'around', 300, 'resource', P.prefix);
  if (scan.text.indexOf('source version') >= 0) wrapEach(scan, SOURCE_VERSION, 'around', 400, 'resource', P.prefix);
  if (mentions(scan, 'permission')) coreEach(scan, PERMISSION_TO_CALL, 'action', P.statement, true);
  if (mentions(scan, 'permission') && scan.text.indexOf('missing the following') >= 0) coreEach(scan, MISSING_PERMISSIONS_LIST, 'action', P.statement, true);
  if (mentions(scan, 'permission') && scan.text.indexOf('does not give you permission') >= 0) coreEach(scan, ROLE_LACKS_SERVICE, 'principal', P.statement, true);
  if (scan.text.indexOf('trust relationship') >= 0) coreEach(scan, STACKSET_TRUST, 'resource');
  if (scan.text.indexOf('specified') >= 0 && scan.text.indexOf('arn:') >= 0) scanKnowledgeBaseModel(scan);
  if ((scan.text.indexOf('dkr') >= 0 || scan.text.indexOf('public.ecr.aws') >= 0) && scan.text.indexOf('403') >= 0) scanEcrRegistry403(scan);
  if (scan.text.indexOf(' api:') >= 0) coreEach(scan, CUSTODIAN_DENIED, 'operation');
  if (scan.text.indexOf('have access to it') >= 0) coreEach(scan, CDK_ASSETS_NO_ACCESS, null);
  // The queue's URL as one value, also where a wrap cut it.
  if (mentions(scan, 'denied') && scan.text.indexOf('SQS queue') >= 0) coreEach(scan, SQS_QUEUE_DENIED, 'resource', P.prefix, false, unwrapped);
}

// A connector's check of the queue it reads (Microsoft Sentinel's S3 connector): "Access to an SQS queue
// (https://sqs.ap-east-1.amazonaws.com/111122223333/q) was denied."
const SQS_QUEUE_DENIED = /\bAccess\s{1,3}to\s{1,3}an?\s{1,3}SQS\s{1,3}queue\s{1,3}\((https:\/\/sqs\.(?:[^)\s]|\n[ \t]{0,8}){1,300})\)\s{1,3}was\s{1,3}denied\b/g;

// StackSets when a target account's execution role is missing or does not trust the administration role: "Account
// 111111111111 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role '…'".
const STACKSET_TRUST = /\bshould\s{1,3}have\s{1,3}'([\w+=,.@-]{1,64})'\s{1,3}role\s{1,3}with\s{1,3}trust\s{1,3}relationship\b/g;

// Cloud Custodian's c7n-org when a call came back AccessDenied: "Access denied api:AssumeRole policy:p account:a
// region:us-east-1" — `api:` labels the operation (boto's operation name), not an IAM action.
const CUSTODIAN_DENIED = /\bAccess\s{1,3}denied\s{1,3}api:([A-Z][A-Za-z0-9]{1,100})\s{1,3}(?:policy:|\.{3}|…)/g;

// A container client's status from ECR (buildkit, containerd): "unexpected status from HEAD request at
// https://111122223333.dkr.ecr.us-west-2.amazonaws.com/v2/node/manifests/18: 403 Forbidden" — the registry refused.
const ECR_REGISTRY_403 =
  /\bunexpected\s{1,3}status\s{1,3}(?:code\s{1,3})?from\s{1,3}[A-Z]{3,7}\s{1,3}request\s{1,3}(?:at|to)\s{1,3}(https:\/\/(?:\S|\n[ \t]{0,8}){1,2048}?):?\s{1,3}403\b/g;

// …and an OCI client's (Flux's source-controller, oras, BuildKit): "pulling from host 111122223333.dkr.ecr.eu-west-1.amazonaws.com
// failed with status code [manifests 1.3.5]: 403 Forbidden".
const ECR_HOST_403 =
  /\b(?:from|to)\s{1,3}host\s{1,12}((?:\S|\n[ \t]{0,8}){1,300}?)\s{1,3}failed\s{1,3}with\s{1,3}status\s{1,3}code\s{0,3}(?:\[[^\]\n]{0,100}\])?:?\s{1,3}403\b/g;

function scanEcrRegistry403(scan: Scan): void {
  for (const re of [ECR_REGISTRY_403, ECR_HOST_403]) {
    each(re, scan.text, (m) => {
      // A wrap may cut the host: its words joined again name ECR (private or Public) or another registry.
      const host = unwrapped(m[1]!);
      if (host.indexOf('.dkr.ecr.') < 0 && !/^public\.ecr\.aws\b/.test(host)) return;
      scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', false));
    });
  }
}

// Bedrock's check of a knowledge base's role, under ValidationException: "Knowledge base role arn:aws:iam::…:role/kb
// is not able to call specified embedding model arn:aws:bedrock:us-east-1::foundation-model/…: You don't have access …".
const KB_ROLE_MODEL =
  /\brole\s{1,5}(arn:[^\s"'`,;]{3,2048}?)\s{1,5}is\s{1,5}not\s{1,5}able\s{1,5}to\s{1,5}call\s{1,5}(?:the\s{1,5})?specified\s{1,5}(?:[a-z]{1,20}\s{1,5}){0,2}model\s{1,5}(arn:[^\s"'`,;]{3,2048}?):?(?=\s|$|["'`])/g;

function scanKnowledgeBaseModel(scan: Scan): void {
  each(KB_ROLE_MODEL, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'principal', m[1], P.statement);
    setField(core, 'resource', m[2], P.statement);
    scan.pieces.push(core);
  });
}

/** A value a wrap cut (a queue's URL, an ARN in parentheses, an action): none of them holds white space of its own. */
const unwrapped = (v: string): string => v.replace(/\s+/g, '');

// A controller's status condition: "Reason: RunInstancesAuthCheckFailed, Message: Controller isn't authorized to call
// ec2:RunInstances" (Karpenter), and its log's "unauthorized to call ec2:RunInstances".
const AUTHORIZED_TO_CALL = /\b(?:(?:is\s{1,3}not|isn['’]t)\s{1,3}authori[sz]ed|unauthori[sz]ed)\s{1,3}to\s{1,3}call\s{1,3}([a-z0-9-]{2,40}:[A-Z][A-Za-z0-9*]{1,127})(?![\w:-])/g;

// KMS's refusal of a ciphertext whose key the caller may not use (or that is gone), under any exception class:
// "The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not
// allowed to access."
const KMS_NOT_ALLOWED = /\bdoes\s{1,3}not\s{1,3}exist\s{1,3}in\s{1,3}this\s{1,3}region,\s{1,3}or\s{1,3}you\s{1,3}are\s{1,3}not\s{1,3}allowed\s{1,3}to\s{1,3}access\b/g;

// Go v2's envelope with its status, the message elided ("operation error EKS: DescribeCluster, https response error
// StatusCode: 403 ... AccessDeniedException"): a 403 from an AWS API is a refusal. Printed whole, the envelope goes on
// with the request id and the code (a credentials failure is a 403 too), which its own readers take: only an elided
// or cut envelope is read here.
const GO_V2_403 = /\boperation\s{1,5}error\s{1,5}[^:,\n]{1,60}:\s{1,5}[A-Za-z0-9]{1,100},\s{1,5}https\s{1,3}response\s{1,3}error\s{1,3}StatusCode:\s{0,12}403\b(?=\s{0,3}(?:\.{3}|…|["'`\n]|$|-\s[A-Z][\w.-]{0,20}(?:[ \t][\w.-]{1,20}){0,2}[ \t]*(?:\n|$)))/g;

// GetCallerIdentity needs no permission (no policy can deny it): its 403 is the credentials' (InvalidClientTokenId,
// SignatureDoesNotMatch, ExpiredToken), not a refusal.
function scanGoV2403(scan: Scan): void {
  each(GO_V2_403, scan.text, (m) => {
    const category = /^operation\s{1,5}error\s{1,5}STS:\s{1,5}GetCallerIdentity,/.test(m[0]) ? 'credentials' : 'access-denied';
    scan.pieces.push(makeCore(m.index, m.index + m[0].length, category, false));
  });
}

// The CDK CLI publishing assets to a bootstrap bucket S3 answered 403 for: "Bucket named 'cdk-hnb659fds-assets-…'
// exists, but we dont have access to it."
const CDK_ASSETS_NO_ACCESS = /\bBucket\s{1,3}named\s{1,3}'[^'\n]{1,255}'\s{1,3}exists,\s{1,3}but\s{1,3}we\s{1,3}don['’]?t\s{1,3}have\s{1,3}access\s{1,3}to\s{1,3}it\b/g;

// s3cmd's report of S3's status and code: "ERROR: S3 error: 403 (Forbidden)", "S3 error: 403 (AccessDenied): Access Denied",
// and its --configure check's "Test failed: 400 (InvalidToken): …" (a 400 only under a credentials or denial code).
const S3CMD_ERROR = /\b(?:S3\s{1,3}error|Test\s{1,3}failed):\s{0,3}(?:40[13]|400(?=\s{0,3}\((?:InvalidToken|AuthorizationHeaderMalformed|InvalidAccessKeyId|ExpiredToken)\)))\s{0,3}\(([A-Za-z][A-Za-z0-9.]{1,100})\)/g;

// ECR's refusal as SageMaker or CodeBuild relay it: "Access denied for repository: sagemaker-spark in registry ID: 111…".
const ECR_REPOSITORY = /\bAccess\s{1,3}denied\s{1,3}for\s{1,3}repository:?\s{1,3}([a-z0-9][a-z0-9._/-]{0,255}?)\s{1,3}in\s{1,3}registry\b/g;

// CodeBuild's DOWNLOAD_SOURCE phase names the artifact it could not fetch: "CLIENT_ERROR: AccessDenied: Access Denied
// status code: 403, request id: …, host id: … for primary source and source version arn:aws:s3:::bucket/key".
const SOURCE_VERSION = /\bfor\s{1,3}primary\s{1,3}source\s{1,3}and\s{1,3}source\s{1,3}version\s{1,3}(arn:[^\s"'`,;]{3,2048}?)(?=\.?(?:\s|$|["'`,;]))/g;

// CloudFormation relaying SSM's refusal of a parameter it resolves ("AccessDenied. User doesn't have permission to call
// ssm:GetParameters") and consoles asking for a permission by name ("To create a dashboard you need cloudwatch:PutDashboard
// permission."; the IAM console's policy validation: "verify permissions to access-analyzer:ValidatePolicy in IAM"): the
// action is the one refused.
const PERMISSION_TO_CALL =
  /\b(?:User\s{1,3}(?:doesn['’]t|does\s{1,3}not)\s{1,3}have\s{1,3}permission\s{1,3}to\s{1,3}call|[Yy]ou\s{1,3}need|verify\s{1,3}permissions\s{1,3}to)\s{1,3}([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})(?![\w:-])(?:\s{1,3}permissions?\b|\s{1,3}in\s{1,3}IAM\b|(?<=call\s{1,3}[a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100}))/g;

// AWS Auto Scaling plans when the caller lacks what a scaling plan needs: "User is missing the following permissions:
// [ecs:UpdateService]".
const MISSING_PERMISSIONS_LIST = /\bUser\s{1,3}is\s{1,3}missing\s{1,3}the\s{1,3}following\s{1,3}permissions?:\s{0,3}\[\s{0,3}([a-z0-9-]{2,40}:[A-Za-z0-9*]{1,128})/g;

// CodeDeploy's deployment error: "The IAM role arn:… does not give you permission to perform operations in the
// following AWS service: AWSLambda. … (Error code: IAM_ROLE_PERMISSIONS)" — the service role is the caller. (A writer's
// copy may wrap it under an indented label: "message: The IAM role … does not give you permission" ⏎ "    to perform …".)
const ROLE_LACKS_SERVICE =
  /\bThe\s{1,3}IAM\s{1,3}role\s{1,3}(\S{1,2048}?)\s{1,12}does\s{1,12}not\s{1,12}give\s{1,12}you\s{1,12}permission\s{1,12}to\s{1,12}perform\s{1,12}operations\s{1,12}in\s{1,12}the\s{1,12}following\s{1,12}AWS\s{1,12}service/g;

// A shortened retelling: "AccessDenied: action cloudformation:CreateChangeSet is not authorized".
const ACTION_NOT_AUTHORIZED = /\baction\s{1,5}([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})\s{1,5}is\s{1,5}not\s{1,5}authori[sz]ed\b/g;

function scanActionNotAuthorized(scan: Scan): void {
  if (mentions(scan, 'authori') && mentions(scan, 'action')) coreEach(scan, ACTION_NOT_AUTHORIZED, 'action', P.statement);
}

// A service saying what it may not do to which resource: "AWS Backup does not have permission to describe resource
// arn:aws:s3:::<bucket-name>".
const NO_PERMISSION_ON =
  /\bdoes\s{1,3}not\s{1,3}have\s{1,3}permissions?\s{1,3}to\s{1,3}[a-z]{2,30}\s{1,3}(?:the\s{1,3})?resource\s{1,3}(arn:[^\s"'`,;]{3,2048}?)(?=\.?(?:\s|$|["'`,;]))/g;
// Redshift asked to use a role it may not: "ERROR: Not authorized to get credentials of role arn:aws:iam::…".
// An elided ARN keeps its ellipsis (`arn:aws:iam::...`), not read as the sentence's full stop.
const ROLE_CREDENTIALS = /\bNot\s{1,3}authori[sz]ed\s{1,3}to\s{1,3}get\s{1,3}credentials\s{1,3}of\s{1,3}role\s{1,3}(arn:[^\s"'`,;]{3,2048}?(?:\.{3})?)(?=\.?(?:\s|$|["'`,;]))/g;
// Salt's S3 fileserver: "'Access Denied' response for bucket 'reports'".
const DENIED_RESPONSE_FOR_BUCKET = /'Access\s{1,3}Denied'\s{1,3}response\s{1,3}for\s{1,3}bucket\s{1,3}'([^'\s]{1,255})'/g;

/**
 * A core (weak unless `strong`) for every match of `re`, group 1 its `field` (when it has one) at priority `p`, as
 * `value` reads it.
 */
// SimpleDB puts each value in parentheses: "User (arn:aws:sts::…:assumed-role/r/i-0abc) does not have permission to
// perform (sdb:ListDomains) on resource (arn:aws:sdb:us-east-1:…:domain/)". Nothing inside the parentheses is white
// space but a wrap's.
const PARENTHESIZED =
  /\bUser\s{1,3}\((arn:[^()]{3,1024}?)\)\s{1,3}does\s{1,3}not\s{1,3}have\s{1,3}permission\s{1,3}to\s{1,3}perform\s{1,3}\(([a-z0-9-\s]{2,40}:[A-Za-z0-9*\s]{2,128}?)\)(?:\s{1,3}on\s{1,3}resource\s{1,3}\(([^()]{1,2048}?)\))?/g;

function scanParenthesized(scan: Scan): void {
  each(PARENTHESIZED, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'principal', unwrapped(m[1]!), P.statement);
    setField(core, 'action', unwrapped(m[2]!), P.statement);
    if (m[3]) setField(core, 'resource', unwrapped(m[3]), P.statement);
    scan.pieces.push(core);
  });
}

// Lambda creating an event source mapping its execution role cannot read (under InvalidParameterValueException):
// "Cannot access stream arn:…:stream/…. Please ensure the role can perform the GetRecords, … Actions on your stream".
const CANNOT_ACCESS_STREAM = /\bCannot\s{1,3}access\s{1,3}stream\s{1,3}(arn:[^\s"'`]{3,2048}?)\.?\s{1,3}Please\s{1,3}ensure\s{1,3}the\s{1,3}role\s{1,3}can\s{1,3}perform\b/g;

// Lambda's own check of an execution role, under InvalidParameterValueException: "The provided execution role does not
// have permissions to call ReceiveMessage on SQS".
// …and Step Functions': "The Step Functions execution role does not have permissions to invoke the Lambda function."
// (States.Runtime); EventBridge Scheduler's: "The execution role you provide must allow AWS EventBridge Scheduler to
// assume the role."
const ROLE_CANNOT_CALL =
  /\bThe\s{1,3}(?:provided|Step\s{1,3}Functions)\s{1,3}execution\s{1,3}role\s{1,3}does\s{1,3}not\s{1,3}have\s{1,3}permissions\s{1,3}to\s{1,3}(?:call\s{1,3}[A-Z][A-Za-z0-9]{1,100}|invoke)\b|\bThe\s{1,3}execution\s{1,3}role\s{1,3}you\s{1,3}provide\s{1,3}must\s{1,3}allow\s{1,3}(?:AWS\s{1,3})?EventBridge\s{1,3}Scheduler\s{1,3}to\s{1,3}assume\s{1,3}the\s{1,3}role\b/g;

// ParallelCluster's check of the role it is given, by policy simulation: "IAM role error on user provided role
// my-role: action ec2:DescribeVolumes is explicitDeny" (the simulator's EvalDecision). A terminal's wrap may cut the
// action or the decision: the action reads on across one line break, the decision's letters across any.
const SIMULATED_DECISION =
  /\bIAM\s{1,9}role\s{1,9}error\s{1,9}on\s{1,9}user\s{1,9}provided\s{1,9}role\s{1,9}([\w+=,.@-]{1,64}):\s{1,9}action\s{1,9}([a-z0-9-]{2,40}:[A-Za-z0-9*]{1,128}(?:\n[ \t]{0,8}[A-Za-z0-9*]{1,128})?)\s{1,9}is\s{1,9}(e(?=\s{0,9}x)|i(?=\s{0,9}m))(?:\s{0,9}[a-z]){7}\s{0,9}D/g;

function scanSimulatedDecisions(scan: Scan): void {
  each(SIMULATED_DECISION, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'principal', m[1], P.statement);
    setField(core, 'action', unwrapped(m[2]!), P.statement);
    setField(core, 'denyKind', m[3] === 'e' ? 'explicit' : 'implicit', P.statement);
    scan.pieces.push(core);
  });
}

// The ECS agent names the secret before the refusal it relays: "failed to fetch secret arn:aws:secretsmanager:…
// from secrets manager: AccessDeniedException: User: … is not authorized to perform: secretsmanager:GetSecretValue".
const FETCH_SECRET = /\bfailed\s{1,3}to\s{1,3}fetch\s{1,3}secret\s{1,5}(arn:[^\s"'`,;]{3,2048})\s{1,5}from\b/g;

// EventBridge Pipes and Scheduler name the target they were refused: "Target invocation failed with error from
// States. Not allowed to invoke arn:aws:states:…:stateMachine:x."
const NOT_ALLOWED_TO_INVOKE = /\bNot\s{1,3}allowed\s{1,3}to\s{1,3}invoke\s{1,3}(arn:[^\s"'`,;]{3,2048}?)(?=\.?(?:\s|$|["'`,;]))/g;

function scanNotAllowedToInvoke(scan: Scan): void {
  if (scan.text.indexOf('allowed to invoke') >= 0) coreEach(scan, NOT_ALLOWED_TO_INVOKE, 'resource');
}

// s3cmd names the bucket it was refused: "ERROR: Access to bucket 'reports' was denied".
const BUCKET_DENIED = /Access\s{1,5}to\s{1,5}bucket\s{1,5}'([^'\s]{1,255})'\s{1,5}was\s{1,5}denied/g;

function scanBucketDenied(scan: Scan): void {
  if (mentions(scan, 'denied') && scan.text.indexOf('to bucket') >= 0) coreEach(scan, BUCKET_DENIED, 'resource');
}

// A network activity event's message: "The VPC endpoint policy denies the s3:PutObject action on arn:aws:s3:::…".
const ENDPOINT_DENIES =
  /\bVPC\s{1,5}endpoint\s{1,5}policy\s{1,5}denies\s{1,5}the\s{1,5}([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})\s{1,5}action(?:\s{1,5}on\s{1,80}(arn:[^\s"'`,;]{3,2048}?))?(?=\.?(?:\s|$|["'`,;]))/g;

const ENDPOINT_DENIES_ONE = new RegExp(ENDPOINT_DENIES.source);

/** The resource a VPC endpoint policy's sentence names (a network activity record's errorMessage), or null. */
export function endpointDeniedResource(message: string): string | null {
  return ENDPOINT_DENIES_ONE.exec(message)?.[2] ?? null;
}

function scanEndpointDenials(scan: Scan): void {
  if (!mentions(scan, 'action') || scan.text.indexOf('endpoint') < 0) return;
  each(ENDPOINT_DENIES, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'action', m[1], P.statement);
    if (m[2]) setField(core, 'resource', m[2], P.statement);
    setField(core, 'policyType', 'vpce', P.statement);
    scan.pieces.push(core);
  });
}

// CloudFormation's resource handlers (Cloud Control): "Resource handler returned message: "Access denied for operation
// 'AWS::CloudFront::PublicKey'."" — the refused resource type, no resource.
const CLOUD_CONTROL_DENIED = /\bAccess\s{1,8}denied\s{1,8}for\s{1,8}operation\s{1,8}'AWS::[A-Za-z0-9]{2,60}::[A-Za-z0-9]{2,80}/g;

// AWS IoT's rules engine when its role may not call the rule's action: "iot.amazonaws.com is unable to perform:
// lambda:InvokeFunction on resource: arn:aws:lambda:…:function:x".
const UNABLE_TO_PERFORM =
  /\b([a-z0-9-]{2,40}(?:\.[a-z0-9-]{1,40}){0,3}\.amazonaws\.com)\s{1,5}is\s{1,5}unable\s{1,5}to\s{1,5}perform:?\s{1,5}([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})(?:\s{1,5}on\s{1,5}resource:?\s{1,5}([^\s"'`]{1,2048}))?/g;

// …and a service by its name (SageMaker training: "InvalidInputException: SageMaker is unable to perform: sts:AssumeRole
// on the role. Check if you have a trust relationship for 'sagemaker.amazonaws.com'").
const SERVICE_NAME_UNABLE = /\b([A-Z][A-Za-z0-9]{2,30})\s{1,5}is\s{1,5}unable\s{1,5}to\s{1,5}perform:?\s{1,5}([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})/g;

// A tool that keeps the message's first words only: "Unable to list Access Analyzers: User: arn:aws:iam::…:user/x is not
// authorized" (CloudSploit) — the caller, refused, and nothing after it. Also in SES's quotes (User `arn…' is …) and
// retold without the colon ("AccessDenied: User arn:aws:iam::…:role/x is not authorized"); a paste cut after its "to".
const CUT_AFTER_AUTHORIZED =
  /\bUser(?::\s{1,3}|\s{1,3}`|\s{1,3}(?=arn:aws))(arn:aws[\w-]{0,20}:(?:iam|sts)::[^\s"'`,;]{1,1024}?)'?\s{1,5}is\s{1,5}not\s{1,5}authori[sz]ed(?=(?:[ \t]{1,3}to)?[ \t]{0,3}(?:["'`]|\.{3}|…|\.?[ \t]*(?:\n|$)))/g;

// Guzzle (the PHP SDK) cuts a response body at 120 characters: "{"__type":"…#AccessDeniedException","Message":"User:
// arn:aws:iam::…:user/abc is not a (truncated...)" — the caller is whole when "is" follows it.
const GUZZLE_TRUNCATED = /\bUser:\s{1,3}(arn:aws[\w-]{0,20}:(?:iam|sts)::[^\s"'`,;]{1,1024}?)\s{1,3}is\b[^\n]{0,40}?\(truncated\.{3}\)/g;

// An event viewer's card names the caller in a row of its own ("│ Principal:    arn:aws:sts::…:assumed-role/x/y  │").
// (The labels alone are looked for first: the row's regex tries every line start.)
const CARD_LABELS = 'Principal|Caller|Actor';
const CARD_LABEL = new RegExp(CARD_LABELS);
const CARD_PRINCIPAL = new RegExp(`^[ \\t]{0,8}(?:${CARD_LABELS})[ \\t]{0,3}:[ \\t]{1,20}((?:arn:)?aws[\\w-]{0,20}:(?:iam|sts)::[^\\s"'\`,;]{1,1024})`, 'gm');

// A service's sentence about a caller it names by ARN alone, without "User:" or an action: "AccessDeniedException:
// 'arn:aws:iam::…:role/steprole' is not authorized to create managed-rule." (Step Functions).
const ARN_NOT_AUTHORIZED =
  /(?<![\w:/-])['"`‘]?((?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::[^\s"'`,;]{1,1024}?)['"`’]?\s{1,5}is\s{1,5}not\s{1,5}authori[sz]ed\s{1,5}to\b/g;

// A service naming the permission the caller lacks: "caller must have the 'iam:CreateServiceLinkedRole' permission"
// (App Runner), "You must have iam:PassRole permission".
// …and a client's advice after the refusal: "GetParametersByPath: access denied. … It is recommended to add
// ssm:GetParametersByPath permissions" (External Secrets).
const MUST_HAVE = /\b(?:must\s{1,5}have|recommended\s{1,5}to\s{1,5}add)\s{1,5}(?:the\s{1,5})?['"`‘]?([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})['"`’]?\s{1,5}permissions?\b/g;


// A client's short form of the SDK's envelope (AgentCore's CLI): "runtimeClientError: AccessDeniedException calling
// ListEvents: … is not authorized …".
const CODE_CALLING = /\b([A-Z][A-Za-z]{2,60}(?:Exception|Error|Denied|Operation))\s{1,3}calling\s{1,3}([A-Z][A-Za-z0-9]{2,100}):/g;

function scanCodeCalling(scan: Scan): void {
  each(CODE_CALLING, scan.text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 300, categoryOfCode(m[1]!));
    setField(w, 'errorCode', m[1], P.prefix);
    setField(w, 'operation', m[2], P.prefix);
    scan.pieces.push(w);
  });
}

// The instance metadata service's answer when EC2 may not assume the instance profile's role (AssumeRoleUnauthorizedAccess):
// "EC2 cannot assume the role testing-node-role." — the role, by name (masks as written: `[redact]`).
const EC2_CANNOT_ASSUME = /\bEC2\s{1,3}cannot\s{1,3}assume\s{1,3}the\s{1,3}role\s{1,3}([\w+=,.@-]{1,64}(?<!\.)|\[[^\]\s]{1,40}\]|<[^>\s]{1,40}>)/g;

// Kinesis Video Streams (WebRTC signaling) naming the caller's account: "The account id 111122223333 is not allowed to
// access the resources" (AccessDeniedException).
// The Chime SDK to an account calling its retired endpoint: "Account Id 111122223333 is not authorized to call deprecated
// Amazon Chime SDK API on the "chime" endpoint".
const ACCOUNT_NOT_AUTHORIZED = /\bAccount\s{1,3}Id\s{1,3}([\w*<>{}-]{3,40})\s{1,3}is\s{1,3}not\s{1,3}authori[sz]ed\s{1,3}to\s{1,3}call\b/g;
// Security Hub to a member account acting for the organization: "Account 111122223333 is not an administrator for this
// organization" (InvalidAccessException).
const ACCOUNT_NOT_ADMIN = /(?:\b(InvalidAccessException):\s{1,3})?\bAccount\s{1,3}([\w*<>{}-]{3,40})\s{1,3}is\s{1,3}not\s{1,3}an\s{1,3}administrator\s{1,3}for\s{1,3}this\s{1,3}organization\b/g;
const ACCOUNT_NOT_ALLOWED = /\bThe\s{1,3}account\s{1,3}id\s{1,3}([\w*<>{}-]{3,40})\s{1,3}is\s{1,3}not\s{1,3}allowed\s{1,3}to\s{1,3}access\s{1,3}the\s{1,3}resources\b/g;

// STS in a Region the account has not activated (IAM → Account settings): "RegionDisabledException: STS is not
// activated in this region for account:111122223333. Your account administrator can activate STS in this region …".
const STS_REGION_DISABLED = /(?:\b(RegionDisabled(?:Exception)?):\s{0,3})?\bSTS\s{1,3}is\s{1,3}not\s{1,3}activated\s{1,3}in\s{1,3}this\s{1,3}region\b/g;
// The JS SDK v2's error object puts the code in a field of its own after the message: "code: 'RegionDisabledException'".
const REGION_DISABLED_KEYED = /\bcode["']?\s{0,3}[:=]\s{0,3}["'](RegionDisabled(?:Exception)?)["']/;

function scanStsRegionDisabled(scan: Scan): void {
  each(STS_REGION_DISABLED, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'errorCode', m[1], P.prefix);
    if (m[1] === undefined) {
      const near = scan.text.slice(Math.max(0, m.index - 400), m.index + m[0].length + 400);
      setField(core, 'errorCode', REGION_DISABLED_KEYED.exec(near)?.[1], P.keyed);
    }
    setField(core, 'accountSetting', 'sts-region', P.statement);
    scan.pieces.push(core);
  });
}

// A service that could not create its service-linked role for the caller (Bedrock AgentCore): "Failed creating
// service linked role. Please verify that the calling role has sufficient permissions to create a service linked role."
const CANNOT_CREATE_SLR = /\bverify\s{1,3}that\s{1,3}the\s{1,3}calling\s{1,3}role\s{1,3}has\s{1,3}sufficient\s{1,3}permissions\b/g;

// AppSync's GraphQL refusal of a field (its auth rules, or the IAM role's appsync:GraphQL on fields/…): "Not Authorized
// to access listTodos on type Query", with `errorType: Unauthorized` beside it — an authorization, not a credentials,
// failure. (Amplify Swift wraps the value: `"errorType": Amplify.JSONValue.string("Unauthorized")`.)
const APPSYNC_REFUSED = /\b(?:Not\s{1,3}Authorized\s{1,3}to\s{1,3}access\s{1,3}[A-Za-z_][\w]{0,100}|Unauthorized\s{1,3}to\s{1,3}[A-Z][a-z]{2,20})\s{1,3}on\s{1,3}type\s{1,3}[A-Za-z_][\w]{0,100}/g;
const APPSYNC_ERROR_TYPE = /errorType["']?\s{0,3}[:=]\s{0,3}(?:[\w.]{1,40}\.string\(\s{0,3})?["']?([A-Z][A-Za-z]{2,60})\b(?![.(])/;

function scanAppSync(scan: Scan): void {
  each(APPSYNC_REFUSED, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    const near = scan.text.slice(Math.max(0, m.index - 400), m.index + m[0].length + 400);
    setField(core, 'errorCode', APPSYNC_ERROR_TYPE.exec(near)?.[1], P.keyed);
    scan.pieces.push(core);
  });
}

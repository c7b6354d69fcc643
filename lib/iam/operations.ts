// API operations whose IAM action has another name, researched from AWS's "Required permissions for Amazon S3 API
// operations" page, the service API references ("To use this operation, you must have …") and the Service
// Authorization Reference. Messages that name only an operation ("when calling the ListObjectsV2 operation:
// Access Denied") are explained with the action AWS actually evaluated. Operations not listed map to the action
// of the same name when the service defines one (most do).
import { own } from '../own';
import { servicePrefixFromEventSource } from './event-sources';

export interface OperationMapping {
  /** The actions AWS evaluates for the operation; the first is the one the message is about. */
  actions: string[];
  /** Why the name differs, when it helps the user (an i18n key of lib/i18n/explain.ts). */
  note?: 'op.sameAsGetObject' | 'op.bucketLevel' | 'op.batch' | 'op.copy' | 'op.bedrockConverse' | 'op.iotPolicy';
}

const S3: Record<string, OperationMapping> = {
  listobjects: { actions: ['s3:ListBucket'], note: 'op.bucketLevel' },
  listobjectsv2: { actions: ['s3:ListBucket'], note: 'op.bucketLevel' },
  listobjectversions: { actions: ['s3:ListBucketVersions'], note: 'op.bucketLevel' },
  headbucket: { actions: ['s3:ListBucket'], note: 'op.bucketLevel' },
  headobject: { actions: ['s3:GetObject'], note: 'op.sameAsGetObject' },
  selectobjectcontent: { actions: ['s3:GetObject'], note: 'op.sameAsGetObject' },
  getobjectattributes: { actions: ['s3:GetObjectAttributes', 's3:GetObject'] },
  listbuckets: { actions: ['s3:ListAllMyBuckets'] },
  listdirectorybuckets: { actions: ['s3express:ListAllMyDirectoryBuckets'] },
  listmultipartuploads: { actions: ['s3:ListBucketMultipartUploads'] },
  listparts: { actions: ['s3:ListMultipartUploadParts'] },
  createmultipartupload: { actions: ['s3:PutObject'] },
  uploadpart: { actions: ['s3:PutObject'] },
  completemultipartupload: { actions: ['s3:PutObject'] },
  uploadpartcopy: { actions: ['s3:PutObject', 's3:GetObject'], note: 'op.copy' },
  copyobject: { actions: ['s3:PutObject', 's3:GetObject'], note: 'op.copy' },
  deleteobjects: { actions: ['s3:DeleteObject'], note: 'op.batch' },
  getpublicaccessblock: { actions: ['s3:GetBucketPublicAccessBlock'] },
  putpublicaccessblock: { actions: ['s3:PutBucketPublicAccessBlock'] },
  deletepublicaccessblock: { actions: ['s3:PutBucketPublicAccessBlock'] },
  // CloudTrail names the bucket-level call by the bucket (eventName DeleteBucketPublicAccessBlock).
  deletebucketpublicaccessblock: { actions: ['s3:PutBucketPublicAccessBlock'] },
  getbucketencryption: { actions: ['s3:GetEncryptionConfiguration'] },
  putbucketencryption: { actions: ['s3:PutEncryptionConfiguration'] },
  deletebucketencryption: { actions: ['s3:PutEncryptionConfiguration'] },
  getbucketlifecycle: { actions: ['s3:GetLifecycleConfiguration'] },
  getbucketlifecycleconfiguration: { actions: ['s3:GetLifecycleConfiguration'] },
  putbucketlifecycle: { actions: ['s3:PutLifecycleConfiguration'] },
  putbucketlifecycleconfiguration: { actions: ['s3:PutLifecycleConfiguration'] },
  deletebucketlifecycle: { actions: ['s3:PutLifecycleConfiguration'] },
  getbucketcors: { actions: ['s3:GetBucketCORS'] },
  putbucketcors: { actions: ['s3:PutBucketCORS'] },
  deletebucketcors: { actions: ['s3:PutBucketCORS'] },
  getbucketreplication: { actions: ['s3:GetReplicationConfiguration'] },
  putbucketreplication: { actions: ['s3:PutReplicationConfiguration'] },
  deletebucketreplication: { actions: ['s3:PutReplicationConfiguration'] },
  deletebucketwebsite: { actions: ['s3:DeleteBucketWebsite'] },
  getbucketanalyticsconfiguration: { actions: ['s3:GetAnalyticsConfiguration'] },
  listbucketanalyticsconfigurations: { actions: ['s3:GetAnalyticsConfiguration'] },
  putbucketanalyticsconfiguration: { actions: ['s3:PutAnalyticsConfiguration'] },
  deletebucketanalyticsconfiguration: { actions: ['s3:PutAnalyticsConfiguration'] },
  getbucketinventoryconfiguration: { actions: ['s3:GetInventoryConfiguration'] },
  listbucketinventoryconfigurations: { actions: ['s3:GetInventoryConfiguration'] },
  putbucketinventoryconfiguration: { actions: ['s3:PutInventoryConfiguration'] },
  deletebucketinventoryconfiguration: { actions: ['s3:PutInventoryConfiguration'] },
  getbucketmetricsconfiguration: { actions: ['s3:GetMetricsConfiguration'] },
  listbucketmetricsconfigurations: { actions: ['s3:GetMetricsConfiguration'] },
  putbucketmetricsconfiguration: { actions: ['s3:PutMetricsConfiguration'] },
  deletebucketmetricsconfiguration: { actions: ['s3:PutMetricsConfiguration'] },
  getbucketintelligenttieringconfiguration: { actions: ['s3:GetIntelligentTieringConfiguration'] },
  listbucketintelligenttieringconfigurations: { actions: ['s3:GetIntelligentTieringConfiguration'] },
  putbucketintelligenttieringconfiguration: { actions: ['s3:PutIntelligentTieringConfiguration'] },
  deletebucketintelligenttieringconfiguration: { actions: ['s3:PutIntelligentTieringConfiguration'] },
  getbucketaccelerateconfiguration: { actions: ['s3:GetAccelerateConfiguration'] },
  putbucketaccelerateconfiguration: { actions: ['s3:PutAccelerateConfiguration'] },
  getbucketnotification: { actions: ['s3:GetBucketNotification'] },
  getbucketnotificationconfiguration: { actions: ['s3:GetBucketNotification'] },
  putbucketnotification: { actions: ['s3:PutBucketNotification'] },
  putbucketnotificationconfiguration: { actions: ['s3:PutBucketNotification'] },
  getobjectlockconfiguration: { actions: ['s3:GetBucketObjectLockConfiguration'] },
  putobjectlockconfiguration: { actions: ['s3:PutBucketObjectLockConfiguration'] },
  deletebucketownershipcontrols: { actions: ['s3:PutBucketOwnershipControls'] },
  deletebuckettagging: { actions: ['s3:PutBucketTagging'] },
  getbucketlocation: { actions: ['s3:GetBucketLocation'] },
  getobjecttorrent: { actions: ['s3:GetObjectTorrent'] },
  restoreobject: { actions: ['s3:RestoreObject'] },
  getbucketpolicystatus: { actions: ['s3:GetBucketPolicyStatus'] },
  putbucketacl: { actions: ['s3:PutBucketAcl'] },
  putobjectacl: { actions: ['s3:PutObjectAcl'] },
};

const BY_SERVICE: Record<string, Record<string, OperationMapping>> = {
  s3: S3,
  lambda: {
    invoke: { actions: ['lambda:InvokeFunction'] },
    invokewithresponsestream: { actions: ['lambda:InvokeFunction'] },
    getfunctionconfiguration: { actions: ['lambda:GetFunctionConfiguration'] },
  },
  sqs: {
    sendmessagebatch: { actions: ['sqs:SendMessage'], note: 'op.batch' },
    deletemessagebatch: { actions: ['sqs:DeleteMessage'], note: 'op.batch' },
    changemessagevisibilitybatch: { actions: ['sqs:ChangeMessageVisibility'], note: 'op.batch' },
  },
  sns: {
    publishbatch: { actions: ['sns:Publish'], note: 'op.batch' },
  },
  dynamodb: {
    transactgetitems: { actions: ['dynamodb:GetItem'] },
    transactwriteitems: { actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] },
  },
  bedrock: {
    converse: { actions: ['bedrock:InvokeModel'], note: 'op.bedrockConverse' },
    conversestream: { actions: ['bedrock:InvokeModelWithResponseStream'], note: 'op.bedrockConverse' },
  },
};

/** SDK/CLI service names as printed in envelopes (`operation error CloudWatch Logs: …`, `Service: AmazonS3`). */
const SERVICE_NAMES: Record<string, string> = {
  s3: 's3',
  amazons3: 's3',
  'amazon s3': 's3',
  'cloudwatch logs': 'logs',
  cloudwatchlogs: 'logs',
  awslogs: 'logs',
  logs: 'logs',
  cloudwatch: 'cloudwatch',
  dynamodb: 'dynamodb',
  amazondynamodb: 'dynamodb',
  'dynamodb streams': 'dynamodb',
  lambda: 'lambda',
  awslambda: 'lambda',
  awslambdainternal: 'lambda',
  sts: 'sts',
  awssecuritytokenservice: 'sts',
  securitytokenservice: 'sts',
  iam: 'iam',
  amazonidentitymanagement: 'iam',
  sqs: 'sqs',
  amazonsqs: 'sqs',
  sns: 'sns',
  amazonsns: 'sns',
  kms: 'kms',
  awskms: 'kms',
  'secrets manager': 'secretsmanager',
  secretsmanager: 'secretsmanager',
  awssecretsmanager: 'secretsmanager',
  ssm: 'ssm',
  awssimplesystemsmanagement: 'ssm',
  ec2: 'ec2',
  amazonec2: 'ec2',
  ecr: 'ecr',
  amazonecr: 'ecr',
  ecs: 'ecs',
  amazonecs: 'ecs',
  eks: 'eks',
  cloudformation: 'cloudformation',
  amazoncloudformation: 'cloudformation',
  kinesis: 'kinesis',
  amazonkinesis: 'kinesis',
  firehose: 'firehose',
  amazonkinesisfirehose: 'firehose',
  athena: 'athena',
  amazonathena: 'athena',
  glue: 'glue',
  awsglue: 'glue',
  'bedrock runtime': 'bedrock',
  bedrockruntime: 'bedrock',
  bedrock: 'bedrock',
  'bedrock agent runtime': 'bedrock',
  ses: 'ses',
  sesv2: 'ses',
  amazonsimpleemailservice: 'ses',
  'route 53': 'route53',
  route53: 'route53',
  organizations: 'organizations',
  sfn: 'states',
  'step functions': 'states',
  stepfunctions: 'states',
  'cognito identity': 'cognito-identity',
  'cognito identity provider': 'cognito-idp',
  'api gateway': 'apigateway',
  apigateway: 'apigateway',
  rds: 'rds',
  amazonrds: 'rds',
  'elastic load balancing v2': 'elasticloadbalancing',
  'elastic load balancing': 'elasticloadbalancing',
  codebuild: 'codebuild',
  codeartifact: 'codeartifact',
  eventbridge: 'events',
  'cloudwatch events': 'events',
  'service quotas': 'servicequotas',
  rekognition: 'rekognition',
  sagemaker: 'sagemaker',
  xray: 'xray',
  acm: 'acm',
  'auto scaling': 'autoscaling',
  account: 'account',
};

/** The IAM service prefix for a service name as an SDK or the CLI prints it, or null. */
export function servicePrefixFromName(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return own(SERVICE_NAMES, key) ?? own(SERVICE_NAMES, key.replace(/ /g, '')) ?? null;
}

/** The tables' key for an operation as printed: `PutBucketPolicy`, `putBucketPolicy` and `put_bucket_policy` alike. */
function operationKey(operation: string): string {
  return operation.trim().toLowerCase().replace(/_/g, '');
}

/**
 * The actions for an operation. With a service prefix, unknown operations map to the same-named action (the caller
 * checks it exists); without one, only operations listed for exactly one service resolve.
 */
export function actionsForOperation(operation: string, service: string | null): OperationMapping | null {
  // Ruby and Python print the operation as their method (`assume_role`, `put_bucket_policy`).
  const printed = operation.trim();
  if (!/^[A-Za-z0-9]+$|^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(printed)) return null;
  const op = operationKey(printed);
  if (service) {
    const svc = service.toLowerCase();
    const table = own(BY_SERVICE, svc);
    const known = table && own(table, op);
    if (known) return known;
    const name = printed.split('_').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return { actions: [`${svc}:${name}`] };
  }
  let found: OperationMapping | null = null;
  for (const table of Object.values(BY_SERVICE)) {
    const hit = table[op];
    if (!hit) continue;
    if (found) return null; // listed for two services: the message must say which
    found = hit;
  }
  return found;
}

/** Operations that only S3 has among the common ones, so a bare "when calling the GetObject operation" is S3. */
const S3_ONLY = new Set([
  'getobject',
  'putobject',
  'deleteobject',
  'getobjecttagging',
  'putobjecttagging',
  'deleteobjecttagging',
  'getobjectacl',
  'createbucket',
  'deletebucket',
  'getbucketpolicy',
  'putbucketpolicy',
  'deletebucketpolicy',
  'getbucketacl',
  'getbucketversioning',
  'putbucketversioning',
  'getbuckettagging',
  'putbuckettagging',
  'getbucketwebsite',
  'putbucketwebsite',
  'getbucketlogging',
  'putbucketlogging',
  'getbucketownershipcontrols',
  'putbucketownershipcontrols',
  'getbucketrequestpayment',
  'abortmultipartupload',
]);

/** Operations of other services whose names no other common service uses. */
const UNIQUE_OPERATIONS: Record<string, string> = {
  invokemodel: 'bedrock',
  invokemodelwithresponsestream: 'bedrock',
  converse: 'bedrock',
  conversestream: 'bedrock',
  getparameter: 'ssm',
  getparameters: 'ssm',
  getparametersbypath: 'ssm',
  putparameter: 'ssm',
  describeinstances: 'ec2',
  runinstances: 'ec2',
  describesecuritygroups: 'ec2',
  describevpcs: 'ec2',
  describesubnets: 'ec2',
  putrecords: 'kinesis',
  getsecretvalue: 'secretsmanager',
  sendmessage: 'sqs',
  sendmessagebatch: 'sqs',
  receivemessage: 'sqs',
  createqueue: 'sqs',
  getqueueurl: 'sqs',
  getitem: 'dynamodb',
  putitem: 'dynamodb',
  updateitem: 'dynamodb',
  deleteitem: 'dynamodb',
  batchwriteitem: 'dynamodb',
  batchgetitem: 'dynamodb',
  describetable: 'dynamodb',
  getcalleridentity: 'sts',
  assumerole: 'sts',
  assumerolewithwebidentity: 'sts',
  assumerolewithsaml: 'sts',
  decrypt: 'kms',
  generatedatakey: 'kms',
  createloggroup: 'logs',
  createlogstream: 'logs',
  putlogevents: 'logs',
  describestacks: 'cloudformation',
  startqueryexecution: 'athena',
  startexecution: 'states',
  getauthorizationtoken: 'ecr',
  // SES v1 and v2 both authorize their sends as ses:* (and no other service has an action of these names).
  sendemail: 'ses',
  sendrawemail: 'ses',
  sendtemplatedemail: 'ses',
  sendbulkemail: 'ses',
  // What detection rules and their test events watch (a trail stopped, keys created, policies attached): in the
  // Service Authorization Reference, each name belongs to this one service only.
  createtrail: 'cloudtrail',
  deletetrail: 'cloudtrail',
  updatetrail: 'cloudtrail',
  stoplogging: 'cloudtrail',
  startlogging: 'cloudtrail',
  puteventselectors: 'cloudtrail',
  gettrailstatus: 'cloudtrail',
  lookupevents: 'cloudtrail',
  createaccesskey: 'iam',
  listaccesskeys: 'iam',
  createloginprofile: 'iam',
  attachuserpolicy: 'iam',
  attachrolepolicy: 'iam',
  putuserpolicy: 'iam',
  putrolepolicy: 'iam',
  listattachedrolepolicies: 'iam',
  updateassumerolepolicy: 'iam',
  createrole: 'iam',
  getrole: 'iam',
  listroles: 'iam',
  schedulekeydeletion: 'kms',
  stopconfigurationrecorder: 'config',
  deleteconfigurationrecorder: 'config',
  authorizesecuritygroupingress: 'ec2',
  getsessiontoken: 'sts',
};

/**
 * The service an operation belongs to when its name alone says so (S3's object and bucket operations, and a few
 * unmistakable ones of other services), or from an error code only one service uses.
 */
export function serviceOfOperation(operation: string, errorCode: string | null = null): string | null {
  const op = operationKey(operation);
  if (S3_ONLY.has(op) || op in S3) return 's3';
  // UnauthorizedOperation is EC2's own code for a denial.
  if (errorCode && /^(?:Client\.)?UnauthorizedOperation$/.test(errorCode)) return 'ec2';
  return own(UNIQUE_OPERATIONS, op) ?? null;
}

/**
 * The API operation a CloudTrail `eventName` stands for: Lambda and a few others log versioned names
 * (`GetFunction20150331v2`, `CreateEventSourceMapping20150331`) for the operation without the version.
 */
export function operationFromEventName(eventName: string): string {
  return eventName.trim().replace(/\d{8}(?:v\d{1,2})?$/, '');
}

/**
 * The IAM action a CloudTrail record's `eventSource` and `eventName` stand for, through the operation table where
 * the names differ (`s3` + `ListObjects` → `s3:ListBucket`); null when the source is not an AWS service host.
 */
export function actionForEvent(eventSource: string, eventName: string): string | null {
  const prefix = servicePrefixFromEventSource(eventSource);
  return prefix ? actionForServiceEvent(prefix, eventName) : null;
}

/** The IAM action of a CloudTrail `eventName` in the service with IAM prefix `prefix` (`ec2` + `RunInstances`). */
export function actionForServiceEvent(prefix: string, eventName: string): string | null {
  const operation = operationFromEventName(eventName);
  if (!/^[A-Za-z][A-Za-z0-9]{0,127}$/.test(operation)) return null;
  const mapping = actionsForOperation(operation, prefix);
  return mapping?.actions[0] ?? null;
}

// Actions that an action needs besides itself. iam-data's dependentActions field is empty for every action in the
// current data, so the ones that trip people up are listed here, from the Service Authorization Reference and the
// services' "Required permissions" pages:
// - iam:PassRole whenever a call hands a role to a service, scoped with iam:PassedToService (as AWS recommends) —
//   in the policy itself, with a placeholder when the service cannot be told from the message;
// - kms:Decrypt / kms:GenerateDataKey when S3 objects use SSE-KMS (when the text shows SSE-KMS, else a separate,
//   conditional fix on the key);
// - s3:PutObjectAcl when an upload sets a canned ACL (`--acl`, x-amz-acl);
// - ecr:BatchGetImage, ecr:GetDownloadUrlForLayer and ecr:GetAuthorizationToken for an image pull.
import { own } from '../own';

export interface PassRoleNeed {
  /** The service principal that receives the role: the value of iam:PassedToService. */
  passedToService: string;
  /** Whether every call passes a role (CreateFunction) or only some (RunInstances with an instance profile). */
  always: boolean;
}

const PASS_ROLE: Record<string, PassRoleNeed> = {
  'lambda:createfunction': { passedToService: 'lambda.amazonaws.com', always: true },
  'lambda:updatefunctionconfiguration': { passedToService: 'lambda.amazonaws.com', always: false },
  'ec2:runinstances': { passedToService: 'ec2.amazonaws.com', always: false },
  'ec2:associateiaminstanceprofile': { passedToService: 'ec2.amazonaws.com', always: true },
  'ec2:replaceiaminstanceprofileassociation': { passedToService: 'ec2.amazonaws.com', always: true },
  'ecs:registertaskdefinition': { passedToService: 'ecs-tasks.amazonaws.com', always: false },
  'ecs:runtask': { passedToService: 'ecs-tasks.amazonaws.com', always: false },
  'ecs:starttask': { passedToService: 'ecs-tasks.amazonaws.com', always: false },
  'cloudformation:createstack': { passedToService: 'cloudformation.amazonaws.com', always: false },
  'cloudformation:updatestack': { passedToService: 'cloudformation.amazonaws.com', always: false },
  'cloudformation:createchangeset': { passedToService: 'cloudformation.amazonaws.com', always: false },
  'cloudformation:createstackset': { passedToService: 'cloudformation.amazonaws.com', always: false },
  'states:createstatemachine': { passedToService: 'states.amazonaws.com', always: true },
  'states:updatestatemachine': { passedToService: 'states.amazonaws.com', always: false },
  'glue:createjob': { passedToService: 'glue.amazonaws.com', always: true },
  'glue:updatejob': { passedToService: 'glue.amazonaws.com', always: false },
  'glue:createcrawler': { passedToService: 'glue.amazonaws.com', always: true },
  'glue:updatecrawler': { passedToService: 'glue.amazonaws.com', always: false },
  'glue:createdevendpoint': { passedToService: 'glue.amazonaws.com', always: true },
  'glue:createsession': { passedToService: 'glue.amazonaws.com', always: true },
  'sagemaker:createtrainingjob': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'sagemaker:createprocessingjob': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'sagemaker:createmodel': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'sagemaker:createnotebookinstance': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'sagemaker:createhyperparametertuningjob': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'sagemaker:createtransformjob': { passedToService: 'sagemaker.amazonaws.com', always: false },
  'sagemaker:createpipeline': { passedToService: 'sagemaker.amazonaws.com', always: true },
  'codebuild:createproject': { passedToService: 'codebuild.amazonaws.com', always: true },
  'codebuild:updateproject': { passedToService: 'codebuild.amazonaws.com', always: false },
  'codepipeline:createpipeline': { passedToService: 'codepipeline.amazonaws.com', always: true },
  'codepipeline:updatepipeline': { passedToService: 'codepipeline.amazonaws.com', always: false },
  'events:puttargets': { passedToService: 'events.amazonaws.com', always: false },
  'scheduler:createschedule': { passedToService: 'scheduler.amazonaws.com', always: true },
  'scheduler:updateschedule': { passedToService: 'scheduler.amazonaws.com', always: true },
  'eks:createcluster': { passedToService: 'eks.amazonaws.com', always: true },
  'eks:createnodegroup': { passedToService: 'ec2.amazonaws.com', always: true },
  'eks:createfargateprofile': { passedToService: 'eks-fargate-pods.amazonaws.com', always: true },
  'eks:createpodidentityassociation': { passedToService: 'pods.eks.amazonaws.com', always: true },
  'batch:createcomputeenvironment': { passedToService: 'batch.amazonaws.com', always: false },
  'firehose:createdeliverystream': { passedToService: 'firehose.amazonaws.com', always: false },
  'elasticmapreduce:runjobflow': { passedToService: 'elasticmapreduce.amazonaws.com', always: true },
  'bedrock:createmodelcustomizationjob': { passedToService: 'bedrock.amazonaws.com', always: true },
  'bedrock:createknowledgebase': { passedToService: 'bedrock.amazonaws.com', always: true },
  'bedrock:createagent': { passedToService: 'bedrock.amazonaws.com', always: false },
  'pipes:createpipe': { passedToService: 'pipes.amazonaws.com', always: true },
  'iot:createtopicrule': { passedToService: 'iot.amazonaws.com', always: false },
  'appsync:createdatasource': { passedToService: 'appsync.amazonaws.com', always: false },
  'datasync:createtask': { passedToService: 'datasync.amazonaws.com', always: false },
  'backup:startbackupjob': { passedToService: 'backup.amazonaws.com', always: true },
  'kinesisanalytics:createapplication': { passedToService: 'kinesisanalytics.amazonaws.com', always: true },
  'rds:createdbinstance': { passedToService: 'monitoring.rds.amazonaws.com', always: false },
};

/** The service operation prefix a role is passed to, found from the operation that passed it (e.g. CreateFunction). */
const PASSED_BY_OPERATION: Record<string, string> = {
  createfunction: 'lambda.amazonaws.com',
  updatefunctionconfiguration: 'lambda.amazonaws.com',
  runinstances: 'ec2.amazonaws.com',
  associateiaminstanceprofile: 'ec2.amazonaws.com',
  registertaskdefinition: 'ecs-tasks.amazonaws.com',
  runtask: 'ecs-tasks.amazonaws.com',
  starttask: 'ecs-tasks.amazonaws.com',
  createservice: 'ecs-tasks.amazonaws.com',
  createfleet: 'ec2.amazonaws.com',
  addroletoinstanceprofile: 'ec2.amazonaws.com',
  createlaunchtemplate: 'ec2.amazonaws.com',
  putmodelinvocationloggingconfiguration: 'bedrock.amazonaws.com',
  createjob: 'glue.amazonaws.com',
  startbuild: 'codebuild.amazonaws.com',
  createstatemachine: 'states.amazonaws.com',
  createtrainingjob: 'sagemaker.amazonaws.com',
  createprocessingjob: 'sagemaker.amazonaws.com',
  createnotebookinstance: 'sagemaker.amazonaws.com',
  createcrawler: 'glue.amazonaws.com',
  createcluster: 'eks.amazonaws.com',
  createnodegroup: 'ec2.amazonaws.com',
  createschedule: 'scheduler.amazonaws.com',
  createstack: 'cloudformation.amazonaws.com',
  updatestack: 'cloudformation.amazonaws.com',
  createchangeset: 'cloudformation.amazonaws.com',
  createproject: 'codebuild.amazonaws.com',
  createpipeline: 'codepipeline.amazonaws.com',
  runjobflow: 'elasticmapreduce.amazonaws.com',
  createdeliverystream: 'firehose.amazonaws.com',
};

/** Whether (and to which service) the action passes a role, so iam:PassRole is needed too. */
export function passRoleNeed(action: string): PassRoleNeed | null {
  return own(PASS_ROLE, action.toLowerCase()) ?? null;
}

/** For a denied iam:PassRole: the service the role was being passed to, from the operation that passed it. */
export function passedToServiceForOperation(operation: string | null): string | null {
  if (!operation) return null;
  return own(PASSED_BY_OPERATION, operation.trim().toLowerCase()) ?? null;
}

/** Service prefix of the API that was called → the principal it passes roles to. */
const PASSED_BY_SERVICE: Record<string, string> = {
  lambda: 'lambda.amazonaws.com',
  ec2: 'ec2.amazonaws.com',
  ecs: 'ecs-tasks.amazonaws.com',
  states: 'states.amazonaws.com',
  glue: 'glue.amazonaws.com',
  sagemaker: 'sagemaker.amazonaws.com',
  codebuild: 'codebuild.amazonaws.com',
  codepipeline: 'codepipeline.amazonaws.com',
  cloudformation: 'cloudformation.amazonaws.com',
  bedrock: 'bedrock.amazonaws.com',
  scheduler: 'scheduler.amazonaws.com',
  events: 'events.amazonaws.com',
  batch: 'batch.amazonaws.com',
  firehose: 'firehose.amazonaws.com',
  elasticmapreduce: 'elasticmapreduce.amazonaws.com',
  datasync: 'datasync.amazonaws.com',
  backup: 'backup.amazonaws.com',
  pipes: 'pipes.amazonaws.com',
  appsync: 'appsync.amazonaws.com',
  iot: 'iot.amazonaws.com',
};

/** Role names that say which service uses them (ecsTaskExecutionRole, lambda_basic_execution, KarpenterNodeRole). */
const PASSED_BY_ROLE_NAME: Array<[RegExp, string]> = [
  [/ecs|task(?:role|execution)/i, 'ecs-tasks.amazonaws.com'],
  [/lambda/i, 'lambda.amazonaws.com'],
  [/karpenter|node|instance|ec2/i, 'ec2.amazonaws.com'],
  [/states|stepfunction|statemachine/i, 'states.amazonaws.com'],
  [/glue/i, 'glue.amazonaws.com'],
  [/sagemaker/i, 'sagemaker.amazonaws.com'],
  [/codebuild/i, 'codebuild.amazonaws.com'],
  [/cloudformation|cfn-exec|cdk-admin/i, 'cloudformation.amazonaws.com'],
  [/bedrock/i, 'bedrock.amazonaws.com'],
];

/**
 * For a denied iam:PassRole: the service the role goes to — from the operation, else the API the message's envelope
 * names (`operation error Bedrock: …`, `Service: AmazonECS`), else the passed role's name; null when none says.
 */
export function passedToServiceFor(operation: string | null, calledService: string | null, roleName: string | null): string | null {
  const byOperation = passedToServiceForOperation(operation);
  if (byOperation) return byOperation;
  if (calledService && calledService !== 'iam') {
    const byService = own(PASSED_BY_SERVICE, calledService.toLowerCase());
    if (byService) return byService;
  }
  if (roleName) for (const [re, svc] of PASSED_BY_ROLE_NAME) if (re.test(roleName)) return svc;
  return null;
}

export interface Dependency {
  /** Actions the call needs besides the denied one, in one statement of their own. */
  actions: string[];
  /** Where: the denied resource itself, "*" (no resource type), the KMS key used through S3, or the repository. */
  on: 'same' | 'wildcard' | 'kms-key' | 'repository';
  /** Why, as an i18n key of lib/i18n/explain.ts. */
  note: 'note.dep.acl' | 'note.dep.sseKms' | 'note.dep.ecrPull';
}

/** What the text shows the call also did: set a canned ACL, use an SSE-KMS key, pull an image. */
export interface CallClues {
  acl: boolean;
  sseKms: boolean;
  imagePull: boolean;
}

/** The further actions one call needs, by the denied action and the clues around it. */
export function dependenciesOf(action: string, clues: CallClues): Dependency[] {
  const a = action.toLowerCase();
  const out: Dependency[] = [];
  if (clues.acl && (a === 's3:putobject' || a === 's3:copyobject')) out.push({ actions: ['s3:PutObjectAcl'], on: 'same', note: 'note.dep.acl' });
  if (clues.sseKms) {
    const kms = kmsNeedForS3(action);
    if (kms) out.push({ actions: kms.actions, on: 'kms-key', note: 'note.dep.sseKms' });
  }
  const layerActions = ['ecr:batchgetimage', 'ecr:getdownloadurlforlayer', 'ecr:batchchecklayeravailability'];
  if (layerActions.includes(a) || (a === 'ecr:getauthorizationtoken' && clues.imagePull)) {
    // A pull reads the manifest and the layers of the repository, after a registry-wide login token.
    const repo = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'].filter((x) => x.toLowerCase() !== a);
    if (a !== 'ecr:getauthorizationtoken' && repo.length) out.push({ actions: repo, on: 'same', note: 'note.dep.ecrPull' });
    if (a !== 'ecr:getauthorizationtoken') out.push({ actions: ['ecr:GetAuthorizationToken'], on: 'wildcard', note: 'note.dep.ecrPull' });
    else out.push({ actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], on: 'repository', note: 'note.dep.ecrPull' });
  }
  return out;
}

/** S3 object reads and writes that need the KMS key too when the object (or bucket default) uses SSE-KMS. */
export function kmsNeedForS3(action: string): { actions: string[] } | null {
  switch (action.toLowerCase()) {
    case 's3:getobject':
    case 's3:getobjectversion':
      return { actions: ['kms:Decrypt'] };
    case 's3:putobject':
      // Multipart uploads decrypt the data key to assemble the parts, so writes need both.
      return { actions: ['kms:GenerateDataKey', 'kms:Decrypt'] };
    default:
      return null;
  }
}

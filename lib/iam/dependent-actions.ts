// Actions that an action needs besides itself. iam-data's dependentActions field is empty for every action in the
// current data, so the ones that trip people up are listed here, from the Service Authorization Reference and the
// services' "Required permissions" pages:
// - iam:PassRole whenever a call hands a role to a service (scoped with iam:PassedToService, as AWS recommends);
// - kms:Decrypt / kms:GenerateDataKey when S3 objects use SSE-KMS (only then, so it is a separate, conditional fix).
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

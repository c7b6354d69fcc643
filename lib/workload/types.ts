import type { Finding, Workload, WorkloadKind } from '../model';
import type { PrincipalParts } from './principal';
import type { SessionShape } from './session';

export type Confidence = Workload['confidence'];

/**
 * For kind `other`, which platform it is (the shared `WorkloadKind` stays small; the platform refines it here),
 * and for the listed kinds a sharper role: which of a workload's roles this is.
 */
export type Platform =
  | 'cognito-identity'
  | 'sagemaker'
  | 'glue'
  | 'greengrass'
  | 'iot-credentials'
  | 'step-functions'
  | 'vault'
  | 'terraform-cloud'
  | 'kube2iam'
  | 'sdk-default-session'
  | 'cloudformation-extension'
  | 'cdk-eks-provider'
  | 'ecs-host'
  | 'eks-node';

/** Which CDK bootstrap role (from `cdk bootstrap`), when the role is one. */
export type CdkRole = 'deploy' | 'cfn-exec' | 'file-publishing' | 'image-publishing' | 'lookup';

/** Everything the finding lets us see, computed once and read by every pattern row. */
export interface Clues {
  finding: Finding;
  principal: PrincipalParts;
  session: string | null;
  shape: SessionShape;
  roleName: string | null;
  /** `service:action`, lower case. */
  action: string;
  /** The message text, capped (patterns only look for short markers). */
  text: string;
}

/** What one row of the pattern table concluded. */
export interface RowMatch {
  kind: WorkloadKind;
  confidence: Confidence;
  name: string | null;
  platform?: Platform;
  cdkRole?: CdkRole;
  /** Set when the row knows the role better than the principal does (e.g. from the denied AssumeRole resource). */
  roleArn?: string | null;
  /** Other readings the same row keeps open (e.g. an ECS secrets fetch: task role or execution role). */
  also?: Array<Omit<Alternative, 'rule'>>;
}

export interface PatternRow {
  /** Stable id: tests and the eval output refer to it. */
  id: string;
  /** The naming convention this row recognises and where it comes from (for maintainers). */
  convention: string;
  match(clues: Clues): RowMatch | null;
}

export interface Alternative {
  kind: WorkloadKind;
  platform?: Platform;
  confidence: Confidence;
  rule: string;
}

/** The module's richer answer: the shared `Workload` plus what backs it. */
export interface WorkloadGuess extends Workload {
  /** Id of the pattern row that decided. */
  rule: string;
  platform: Platform | null;
  cdkRole: CdkRole | null;
  /** False when the role ARN was rebuilt from an assumed-role session, whose ARN drops the role's path. */
  rolePathKnown: boolean;
  roleName: string | null;
  sessionName: string | null;
  /** Other readings of the same evidence, weaker or equal, of a different kind. */
  alternatives: Alternative[];
}

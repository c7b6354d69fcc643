// CloudTrail's `eventSource` host → the IAM service prefix its calls are authorized under.
import { own } from '../own';

/**
 * CloudTrail `eventSource` hosts whose first label is not the IAM service prefix. The rest (`s3.amazonaws.com`,
 * `iam.amazonaws.com`, `kms.amazonaws.com`…) are the prefix itself.
 */
const EVENT_SOURCE_PREFIXES: Record<string, string> = {
  monitoring: 'cloudwatch',
  email: 'ses',
  'sso-directory': 'sso-directory',
  'elasticfilesystem': 'elasticfilesystem',
  'elasticmapreduce': 'elasticmapreduce',
  'sqs-query': 'sqs',
  'api.ecr': 'ecr',
  'ecr-public': 'ecr-public',
  'bedrock-runtime': 'bedrock',
  'bedrock-agent': 'bedrock',
  'bedrock-agent-runtime': 'bedrock',
  'runtime.sagemaker': 'sagemaker',
  'api.sagemaker': 'sagemaker',
  'kinesisanalytics': 'kinesisanalytics',
  'iam-toolbox': 'iam',
  // The Resource Groups Tagging API and Cloud Control log under their own hosts.
  tagging: 'tag',
  cloudcontrolapi: 'cloudformation',
};

/** The IAM service prefix of a CloudTrail `eventSource` (`s3.amazonaws.com` → `s3`), or null when it is not one. */
export function servicePrefixFromEventSource(eventSource: string): string | null {
  const m = /^([a-z0-9][a-z0-9.-]{0,60}?)\.amazonaws\.com(?:\.cn)?$/.exec(eventSource.trim().toLowerCase());
  if (!m) return null;
  const host = m[1] ?? '';
  return own(EVENT_SOURCE_PREFIXES, host) ?? (/^[a-z0-9-]+$/.test(host) ? host : null);
}

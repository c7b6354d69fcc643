// Long real denials for the layout and accessibility tests: texts people posted publicly, quoted as they were
// pasted (found with the search tool's find_string; the ids name the public files). Long principals, ARNs with
// odd characters, request IDs and a policy ARN: the values that overflow narrow panels.

/** An ECS task that could not read its secret (Go SDK wording inside an ECS stop reason), posted in Japanese notes. */
export const ECS_SECRET_DENIAL = {
  source: 'public GitHub notes, find_string id 55843990216',
  text:
    'タスクの停止時刻: 2026-03-28T03:54:01.125Z\n' +
    'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:ap-northeast-1:810477631786:secret:N8N_ENCRYPTION_KEY-nAG4eC from secrets manager: operation error Secrets Manager: GetSecretValue, https response error StatusCode: 400, RequestID: d45b80b7-7a19-49eb-8fd2-44305bb5e5d7, api error AccessDeniedException: User: arn:aws:sts::810477631786:assumed-role/ecsTaskExecutionRole/668f97696c2f47f7ab6582a0b87413eb is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:ap-northeast-1:810477631786:secret:N8N_ENCRYPTION_KEY-nAG4eC because no identity-based policy allows the secretsmanager:GetSecretValue action',
  action: 'secretsmanager:GetSecretValue',
};

/** Terraform (Go SDK v2) reading an S3 bucket's object lock configuration, denied by an SCP that the message names. */
export const TERRAFORM_SCP_DENIAL = {
  source: 'public GitHub terminal log, find_string id 68300121817',
  text:
    '│ Error: reading S3 Bucket (s3-bucket-diegojusto) object lock configuration: operation error S3: GetObjectLockConfiguration, https response error StatusCode: 403, RequestID: MZNWSVNEKP6YBKF4, HostID: XGpiCY9n6ExipadbJBTt6NpEI8ftJWXLzWfVVlpUOf9PYAcfXRfWsVXcEybWJHigEB8dcrK2vAuqD/UAkilzCgb1tIW6L+Ks, api error AccessDenied: User: arn:aws:sts::781824851783:assumed-role/voclabs/user4611055=a29318@svalero.com is not authorized to perform: s3:GetBucketObjectLockConfiguration on resource: "arn:aws:s3:::s3-bucket-diegojusto" with an explicit deny in a service control policy: arn:aws:organizations::021312171183:policy/o-zmj0qsgu0z/service_control_policy/p-6v4y751d\n' +
    '│ \n│   with aws_s3_bucket.bucket_aula,\n│   on main.tf line 13, in resource "aws_s3_bucket" "bucket_aula":\n│   13: resource "aws_s3_bucket" "bucket_aula" {',
  action: 's3:GetBucketObjectLockConfiguration',
};

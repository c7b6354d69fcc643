// What Athena needed when it says an S3 location was refused (lib/parse/athena.ts reads the location). Athena reads
// a table's data and writes query results with the caller's own credentials, so the denial is the caller's S3
// access, and the message's wording says which direction failed even though it names no action:
//   "Permission denied on S3 path: s3://…"        → reading table data: s3:GetObject on the objects, s3:ListBucket
//                                                   (and s3:GetBucketLocation) on the bucket
//   "Access denied when writing output to url: …" → writing results: s3:PutObject on the result location, plus
//                                                   what Athena does there besides (reads the results back, checks
//                                                   the bucket's region, lists it)
// The AWS Knowledge Center page on Athena's output bucket lists the result-location actions.

export type AthenaAccess = 'read' | 'write';

export interface AthenaNeed {
  access: AthenaAccess;
  /** The S3 actions the query needed, first the one the location itself is for, each with its resource. */
  actions: Array<{ action: string; resource: string }>;
}

const READ = /Permission\s{1,3}denied\s{1,3}on\s{1,3}S3\s{1,3}path/i;
const WRITE = /Access\s{1,3}denied\s{1,3}when\s{1,3}writing\s{1,3}(?:output\s{1,3}to\s{1,3}url|to\s{1,3}location)/i;
const S3_ARN = /^arn:(aws[a-z-]*):s3:::([^/\s]{1,255})(?:\/(.*))?$/;

/** The actions behind Athena's refused S3 location, or null when the message is not Athena's. */
export function athenaNeed(message: string, resource: string | null): AthenaNeed | null {
  const m = resource ? S3_ARN.exec(resource) : null;
  if (!m) return null;
  const access: AthenaAccess | null = READ.test(message) ? 'read' : WRITE.test(message) ? 'write' : null;
  if (!access) return null;
  const [, partition, bucketName, key = ''] = m;
  const bucket = `arn:${partition}:s3:::${bucketName}`;
  if (access === 'read') {
    // A table's location is a prefix: every object under it is read, not only the one the message names.
    const prefix = key.includes('/') ? key.slice(0, key.lastIndexOf('/') + 1) : key.endsWith('/') ? key : '';
    const objects = `${bucket}/${prefix}*`;
    return {
      access,
      actions: [
        { action: 's3:GetObject', resource: objects },
        { action: 's3:ListBucket', resource: bucket },
        { action: 's3:GetBucketLocation', resource: bucket },
      ],
    };
  }
  // Result file names carry the date and the query ID, so the result location is the whole bucket's objects unless
  // the workgroup pins a prefix (the note says to narrow it then).
  const objects = `${bucket}/*`;
  return {
    access,
    actions: [
      { action: 's3:PutObject', resource: objects },
      { action: 's3:GetObject', resource: objects },
      { action: 's3:AbortMultipartUpload', resource: objects },
      { action: 's3:ListBucket', resource: bucket },
      { action: 's3:GetBucketLocation', resource: bucket },
    ],
  };
}

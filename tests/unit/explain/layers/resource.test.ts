// The resource-based policy playbook, row by row: bucket, key, queue, repository, access point, Block Public Access,
// an explicit deny with a principal and one without.
import { describe, it } from 'vitest';
import { resource } from '../../../../lib/explain/layers/resource';
import { finding, sentence, SESSION } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'a bucket policy names the role, with the object',
    finding: sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'resource', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'resource-owner',
    fix: { policy: ['"Principal":{"AWS":"arn:aws:iam::111122223333:role/Dev"}', '"Resource":"arn:aws:s3:::b/k"'] },
    checks: ['aws s3api get-bucket-policy --bucket b', 'aws s3api get-public-access-block --bucket b'],
  },
  {
    name: 'a key policy says "*" and checks grants',
    finding: sentence(SESSION, 'kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', { policyType: 'resource', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'resource-owner',
    fix: { policy: ['"Resource":"*"', 'kms:Decrypt'] },
    checks: ['aws kms get-key-policy --key-id arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'aws kms list-grants'],
  },
  {
    name: 'a cross-account queue: the caller side is named',
    finding: sentence(SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:q', { policyType: 'resource', denyKind: 'implicit' }),
    cause: { detail: 'both-sides' },
    who: 'resource-owner',
    reason: /account 444455556666/,
    fix: { policy: ['sqs:SendMessage'], note: /another account/ },
    checks: ['aws sqs get-queue-attributes --queue-url https://sqs.us-east-1.amazonaws.com/444455556666/q'],
  },
  {
    name: 'a cross-account image pull: the repository policy grants the manifest and the layers',
    finding: sentence(SESSION, 'ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:444455556666:repository/app', { policyType: 'resource', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'resource-owner',
    fix: { policy: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] },
  },
  {
    name: 'Block Public Access for a denied PutBucketPolicy: not a policy',
    finding: finding({ operation: 'PutBucketPolicy', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the PutBucketPolicy operation: Access Denied' }),
    cause: { detail: 'block-public-access' },
    who: 'resource-owner',
    reason: /Block Public Access rejects a public bucket policy/,
    fix: { none: true, note: /instead of turning Block Public Access off/ },
    checks: ['aws s3control get-public-access-block --account-id'],
  },
  {
    name: 'an explicit deny in a bucket policy: exempt the role in it',
    finding: sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'resource', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'resource-owner',
    fix: { edit: ['ArnNotLike', 'arn:aws:iam::111122223333:role/Dev'] },
  },
  {
    name: 'an explicit deny of an anonymous caller: what it protects, no exemption',
    finding: finding({ principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', policyType: 'resource', denyKind: 'explicit', message: 'User: anonymous is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a resource-based policy' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'resource-owner',
    fix: { none: true, note: /aws:SecureTransport/ },
  },
];

describe('resource-based policy playbook', () => {
  for (const row of rows) it(row.name, () => runRow(resource, row));
});

// IAM index figures for the README (`npm run bench`): the size of the generated index (all services, and what one
// lookup has to load), the time to load one service lazily, and the time of a lookup and of a whole explanation.
// Timings are medians of repeated runs in this one process; the machine is shared, so compare ratios, not ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { explainWith } from '../../lib/explain/core';
import { IAM_DATA_VERSION } from '../../lib/iam/generated/services.js';
import { loadIndex, loadService } from '../../lib/iam/load';
import type { Finding } from '../../lib/model';
import { repoRoot } from '../eval/_parse-corpus';
import { median } from '../support/median';

const dir = join(repoRoot(), 'lib/iam/generated');
const sizes = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && f !== 'services.js' && f !== 'keys.js')
  .map((f) => {
    const bytes = readFileSync(join(dir, f));
    return { service: f.replace(/\.js$/, ''), raw: statSync(join(dir, f)).size, gzip: gzipSync(bytes).length };
  })
  .sort((a, b) => a.raw - b.raw);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
const map = readFileSync(join(dir, 'services.js'));
// What the extension ships and its background reads instead of modules: one JSON file per service, and the key list.
const jsonDir = join(dir, 'json');
const jsonFiles = readdirSync(jsonDir).map((f) => readFileSync(join(jsonDir, f)));
const keyList = readFileSync(join(dir, 'keys.js'));

function time(fn: () => void, runs: number, inner: number): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    samples.push((performance.now() - t0) / inner);
  }
  return median(samples);
}

// Cold load: the first import of a service's module (each service once, so every load is cold).
const coldMs: number[] = [];
for (const service of ['s3', 'iam', 'kms', 'lambda', 'dynamodb', 'sqs', 'sns', 'secretsmanager', 'sts', 'logs', 'ec2']) {
  const t0 = performance.now();
  await loadService(service);
  coldMs.push(performance.now() - t0);
}
const iam = await loadIndex(['s3', 'iam', 'kms', 'lambda', 'dynamodb', 'sqs', 'sns', 'secretsmanager', 'sts', 'logs', 'ec2']);
const actions = ['s3:GetObject', 'SNS:Publish', 'ec2:RunInstances', 'iam:PassRole', 'kms:Decrypt', 'dynamodb:PutItem', 'sqs:sendmessage', 'lambda:InvokeFunction'];
let k = 0;
const lookupUs = time(() => void iam.action(actions[k++ % actions.length] ?? ''), 15, 20_000) * 1000;

const base: Finding = {
  category: 'access-denied',
  principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
  principalType: 'assumed-role',
  accountId: '111122223333',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::my-bucket/reports/q1.csv',
  policyType: 'identity',
  denyKind: 'implicit',
  policyArn: null,
  errorCode: 'AccessDenied',
  operation: 'GetObject',
  encoded: false,
  message: 'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::my-bucket/reports/q1.csv" because no identity-based policy allows the s3:GetObject action',
};
const silent: Finding = { ...base, policyType: 'unknown', denyKind: 'unknown', action: null, principal: null, principalType: null, accountId: null, resource: null, message: 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied' };
const explainMs = time(() => void explainWith(base, iam, 'en'), 15, 200);
const explainSilentMs = time(() => void explainWith(silent, iam, 'ja'), 15, 200);

const s3 = sizes.find((s) => s.service === 's3');
const ec2 = sizes.find((s) => s.service === 'ec2');
const out: string[] = [];
out.push(`IAM index — iam-data ${IAM_DATA_VERSION}, ${sizes.length} services (lib/iam/generated)`);
out.push('');
out.push('| figure | value |');
out.push('|---|---:|');
out.push(`| whole index on disk (all services) | ${kb(sum(sizes.map((s) => s.raw)))} (${kb(sum(sizes.map((s) => s.gzip)))} gzip) |`);
out.push(`| service module map (Node and the CLI) | ${kb(map.length)} (${kb(gzipSync(map).length)} gzip) |`);
out.push(`| per-service JSON files shipped in the extension (iam/<key>.json) | ${kb(sum(jsonFiles.map((b) => b.length)))} (${kb(sum(jsonFiles.map((b) => gzipSync(b).length)))} gzip) |`);
out.push(`| service key list in the background (generated/keys.js) | ${kb(keyList.length)} (${kb(gzipSync(keyList).length)} gzip) |`);
out.push(`| one service, median / largest (${sizes.at(-1)?.service}) | ${kb(median(sizes.map((s) => s.raw)))} / ${kb(sizes.at(-1)?.raw ?? 0)} |`);
out.push(`| s3 / ec2 module | ${kb(s3?.raw ?? 0)} (${kb(s3?.gzip ?? 0)} gzip) / ${kb(ec2?.raw ?? 0)} (${kb(ec2?.gzip ?? 0)} gzip) |`);
out.push(`| cold load of one service, median of ${coldMs.length} | ${median(coldMs).toFixed(2)} ms |`);
out.push(`| action lookup (case-insensitive), median | ${lookupUs.toFixed(3)} µs |`);
out.push(`| explain one finding (index loaded), en | ${explainMs.toFixed(3)} ms |`);
const silentE = explainWith(silent, iam, 'ja');
out.push(`| explain an operation-only S3 denial (${silentE.causes.length} causes, ${silentE.fixes.length} fixes), ja | ${explainSilentMs.toFixed(3)} ms |`);
process.stdout.write(out.join('\n') + '\n');

// Hostile inputs (`npm run bench`): how the parser's and the explainer's time grows with the size of the worst shapes
// we know (an 8× larger input should take about 8× as long; 64× would be a quadratic scan), and how long single
// huge inputs take. These were wall-clock assertions in the unit tests and the fuzz, where a busy shared machine
// made them fail by noise (a ratio of 24.16 against a limit of 24); the unit tests and the fuzz keep checking that
// the same inputs parse and explain correctly. Here they are figures with limits: the section fails when a figure
// is over its limit, and a quadratic control row shows that the measure can tell.
import { explainWith } from '../../lib/explain/core';
import { unknownDenial } from '../../lib/finding';
import { fingerprint } from '../../lib/history/fingerprint';
import { filterRecords } from '../../lib/history/query';
import { matchTemplate } from '../../lib/iam/arn-template';
import { serviceLoaders } from '../../lib/iam/generated/services.js';
import { loadIndex } from '../../lib/iam/load';
import { plainText } from '../../lib/inline-code';
import type { Finding, HistoryRecord } from '../../lib/model';
import { parseOrThrow } from '../../lib/parse/index';
import { describeWorkloadTarget, guessWorkload } from '../../lib/workload/index';
import { cpuTime, growth } from '../support/growth';
import { pathological, PATHOLOGICAL_UNITS } from '../support/pathological';
import { prng } from '../support/prng';

/** Growth ratio for an 8× larger input: linear work is near 8, quadratic near 64. */
const GROWTH_LIMIT = 24;

interface Row {
  name: string;
  value: number;
  limit: number;
  unit: '×' | 'ms';
  /** true: the value must be over the limit (the quadratic control). */
  over?: boolean;
}

const rows: Row[] = [];
const add = (name: string, value: number, limit: number, unit: Row['unit'], over = false) => rows.push({ name, value, limit, unit, over });

// The control: a scan that is quadratic on purpose must come out over the limit, or the measure proves nothing.
const quadratic = (text: string): void => {
  let n = 0;
  for (let i = 0; i < text.length; i += 8) n += text.lastIndexOf('\u0001', i) < 0 ? 1 : 0;
  for (let i = 0; i < text.length; i += 8) n += text.indexOf('\u0001', i) < 0 ? 1 : 0;
  if (n < 0) throw new Error('unreachable');
};
add('control: a quadratic scan (must be over the limit)', growth(quadratic, (size) => 'x'.repeat(size), 2_000, 5, 'largest'), GROWTH_LIMIT, '×', true);

// 1. Parser: every pathological unit from 25,000 to 200,000 characters, then random units.
for (const unit of PATHOLOGICAL_UNITS) {
  add(`parse: ${JSON.stringify(unit)} repeated`, growth((t) => void parseOrThrow(t), (size) => pathological(unit, size), 25_000), GROWTH_LIMIT, '×');
}
const random = prng(20261204);
const ALPHABET = 'aA:/ "\'\\{}[]<>,.-_\n\t0123456789User arn authorized perform resource Denied';
let worstRandom = { unit: '', ratio: 0 };
for (let i = 0; i < 40; i++) {
  const length = 1 + Math.floor(random() * 30);
  const unit = Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
  const ratio = growth((t) => void parseOrThrow(t), (size) => pathological(unit, size), 10_000);
  if (ratio > worstRandom.ratio) worstRandom = { unit, ratio };
}
add(`parse: worst of 40 random units (${JSON.stringify(worstRandom.unit)})`, worstRandom.ratio, GROWTH_LIMIT, '×');

// 2. Explainer: each field of a finding grown from 20,000 to 160,000 characters.
const iam = await loadIndex(Object.keys(serviceLoaders));
const base: Finding = unknownDenial({
  principal: 'arn:aws:sts::123456789012:assumed-role/Dev/alice',
  principalType: 'assumed-role',
  accountId: '123456789012',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket/key',
  policyType: 'identity',
  denyKind: 'implicit',
  errorCode: 'AccessDenied',
  operation: 'GetObject',
});
const shapes: Array<[string, (text: string) => Finding]> = [
  ['resource', (t) => ({ ...base, resource: 'arn:aws:s3:::' + t })],
  ['principal', (t) => ({ ...base, principal: 'arn:aws:sts::123456789012:assumed-role/' + t + '/s' })],
  ['action', (t) => ({ ...base, action: 's3:' + t })],
  ['message', (t) => ({ ...base, message: t })],
];
for (const [field, shape] of shapes) {
  const ratio = growth((t) => void explainWith(shape(t), iam, 'en'), (size) => 'a/b:c-'.repeat(Math.ceil(size / 6)), 20_000);
  add(`explain: ${field} grown`, ratio, GROWTH_LIMIT, '×');
}

// 3. Single huge inputs, with the limits the unit tests had.
const colons = 'arn:' + ':'.repeat(200_000);
const huge: Finding = {
  ...base,
  principal: 'arn:aws:sts::111122223333:assumed-role/' + 'x'.repeat(200_000),
  accountId: '111122223333',
  resource: 'arn:aws:s3:::' + 'a/'.repeat(100_000),
  policyType: 'unknown',
  denyKind: 'unknown',
  policyArn: colons,
  operation: 'GetObject'.repeat(1000),
  encoded: true,
  message: ('Encoded authorization failure message: ' + 'A'.repeat(50) + ' User: ').repeat(5000),
};
add('explain: a finding with 200 KB values', cpuTime(() => void explainWith(huge, iam, 'en')), 1_000, 'ms');

const session = (role: string, name: string) => `arn:aws:sts::123456789012:assumed-role/${role}/${name}`;
const lambda = { ...base, principal: session('orders-lambda-role', 'createOrderHandler') };
const junk = Array.from({ length: 40_000 }, (_, i) => `\u0000\u202e<script>x${i}</script>/var/task/ ${'a'.repeat(i % 7)}`).join('\n');
add('explain: 1 MB of hostile page context', cpuTime(() => void explainWith(lambda, iam, { lang: 'en', context: junk + junk })), 2_000, 'ms');

const big = (s: string) => s.repeat(Math.ceil(200_000 / s.length)).slice(0, 200_000);
const workloadInputs: Finding[] = [
  { ...base, principal: session('a-'.repeat(50_000), 'b-'.repeat(50_000)) },
  { ...base, principal: session('r', 'eks-' + 'a-'.repeat(100_000)) },
  { ...base, principal: session('r', 'x-' + 'Ab1'.repeat(60_000)) },
  { ...base, principal: session('r', 'process-orders'), message: big('[ERROR] ') },
  { ...base, principal: big('arn:aws:sts::1:assumed-role/') },
  { ...base, principal: session('r', 'i-' + 'X'.repeat(100_000)) },
];
const workloadMs = Math.max(...workloadInputs.map((f) => cpuTime(() => void describeWorkloadTarget(guessWorkload(f), f, 'en'))));
add('workload: slowest of six 200 KB principals and messages', workloadMs, 200, 'ms');

const STREAM = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}';
const hostileArn = 'arn:aws:logs:' + 'a:'.repeat(500) + 'log-group:' + ':log-stream:'.repeat(150);
add('ARN template match: 100 hostile log-stream ARNs', cpuTime(() => {
  for (let i = 0; i < 100; i++) matchTemplate(STREAM, hostileArn);
}), 200, 'ms');

const backticks = '`'.repeat(20_000) + 'a'.repeat(20_000) + '`x'.repeat(10_000) + '``y'.repeat(50_000) + '`z'.repeat(50_000);
add('inline code: 300 KB of backticks', cpuTime(() => void plainText(backticks)), 2_000, 'ms');

const record = (i: number) =>
  `{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/u${i}"},"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"${i % 50 === 0 ? 'AccessDenied' : 'NoSuchKey'}","requestParameters":{"bucketName":"b","key":"k${i}"}}`;
const records = `{"Records":[${Array.from({ length: 3000 }, (_, i) => record(i)).join(',')}]}`;
add('parse: a CloudTrail file of 3,000 records', cpuTime(() => void parseOrThrow(records)), 3_000, 'ms');

const history: HistoryRecord[] = Array.from({ length: 10_000 }, (_, i) => {
  const finding = unknownDenial({ action: 's3:GetObject', resource: `arn:aws:s3:::bucket-${i}`, policyType: 'identity', message: `denial number ${i}` });
  return { id: `rec-${i}`, fingerprint: fingerprint(finding), finding, firstSeenAt: i, lastSeenAt: i, count: 1, pageUrl: null, source: 'paste' };
});
add('history: filter 10,000 records by text and policy type', cpuTime(() => void filterRecords(history, { text: 'bucket-9999', policyType: 'identity' })), 500, 'ms');

const failing = rows.filter((r) => (r.over ? r.value <= r.limit : r.value >= r.limit));
const out: string[] = [];
out.push('Hostile inputs — growth for an 8× larger input (CPU time, smallest of 3 attempts; linear ≈ 8, quadratic ≈ 64) and CPU time of single huge inputs (best of 3).');
out.push('');
out.push('| input | figure | limit |');
out.push('|---|---:|---:|');
for (const r of rows) {
  const value = r.unit === '×' ? `${r.value.toFixed(1)}×` : `${r.value.toFixed(1)} ms`;
  const limit = `${r.over ? '>' : '<'} ${r.limit}${r.unit === '×' ? '×' : ' ms'}`;
  out.push(`| ${r.name.replace(/\|/g, '\\|').replace(/\n/g, '\\n')} | ${value}${failing.includes(r) ? ' (OVER the limit)' : ''} | ${limit} |`);
}
process.stdout.write(out.join('\n') + '\n');
if (failing.length) {
  process.stderr.write(`hostile inputs: ${failing.length} figure(s) past their limit\n`);
  process.exitCode = 1;
}

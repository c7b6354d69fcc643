#!/usr/bin/env node
// The outside check of the `why-denied` command's stdin (issue 11): 20,000 JSON lines handed over four ways — a
// file, a slow shell pipe (`(sleep 1; cat lines.jsonl) | why-denied …`), a Node parent's spawnSync input, and a
// streamed Node pipe written in uneven pieces with pauses (pieces split inside UTF-8 characters) — and every line
// must come back, in order, with its own id and what its text holds. Prints the time of each way.
//
//   node scripts/cli-stdin-check.mjs                     # the checkout's command (bin/why-denied.mjs)
//   node scripts/cli-stdin-check.mjs --bin "$(command -v why-denied)"   # an installed command
//   options: --lines N (20000), --command parse|explain (parse)
// Exit code 0 when every way returned every line; 1 otherwise, with what was wrong.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Texts whose findings are known: a denial family, a credentials failure, and text that holds nothing. */
const KINDS = [
  (i) => ({
    text: `User: arn:aws:sts::${acct(i)}:assumed-role/Deploy/run-${i} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket-${i}/データ/レポート-${i}.csv because no identity-based policy allows the s3:GetObject action`,
    expect: { action: 's3:GetObject', resource: `arn:aws:s3:::bucket-${i}/データ/レポート-${i}.csv` },
  }),
  (i) => ({
    text: `An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:iam::${acct(i)}:user/ci-${i} is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:${acct(i)}:table/orders-${i} with an explicit deny in a service control policy`,
    expect: { action: 'dynamodb:PutItem', principal: `arn:aws:iam::${acct(i)}:user/ci-${i}` },
  }),
  (i) => ({
    // A CI log around the denial: long lines, tabs, emoji, a multi-line step output (the JSON string holds \n).
    text: `${'::group::terraform apply 🚀\n'.repeat(3)}${`module.vpc.aws_subnet.private[${i % 7}]: Refreshing state... [id=subnet-${i}]\t`.repeat(40)}\nError: creating IAM Role (app-${i}): operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 1b2c-${i}, api error AccessDenied: User: arn:aws:sts::${acct(i)}:assumed-role/gha-${i}/GitHubActions is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${acct(i)}:role/app-${i}\n##[error]Process completed with exit code 1.`,
    expect: { action: 'iam:CreateRole', resource: `arn:aws:iam::${acct(i)}:role/app-${i}` },
  }),
  () => ({ text: 'The security token included in the request is expired', expect: { category: 'credentials' } }),
  (i) => ({ text: `npm ERR! code ENOENT — ビルド失敗 ${i}: file not found`, expect: null }),
];

function acct(i) {
  return String(100000000000 + ((i * 7919) % 899999999999)).padStart(12, '0');
}

export function makeLines(count) {
  const lines = [];
  const expected = [];
  for (let i = 0; i < count; i++) {
    const { text, expect } = KINDS[i % KINDS.length](i);
    lines.push(JSON.stringify({ id: `line-${i}`, text }));
    expected.push({ id: `line-${i}`, expect });
  }
  return { body: lines.join('\n') + '\n', expected };
}

/** What is wrong with the command's answer (at most a few examples), or [] when every line came back. */
export function verify(stdout, expected, command) {
  const problems = [];
  const out = stdout.endsWith('\n') ? stdout.slice(0, -1).split('\n') : stdout.split('\n');
  if (out.length !== expected.length) problems.push(`${out.length} output lines for ${expected.length} input lines`);
  const key = command === 'parse' ? 'findings' : 'explanations';
  for (let i = 0; i < expected.length && problems.length < 5; i++) {
    const want = expected[i];
    let got;
    try {
      got = JSON.parse(out[i] ?? '');
    } catch {
      problems.push(`line ${i + 1}: not JSON: ${(out[i] ?? '(missing)').slice(0, 80)}`);
      continue;
    }
    if (got.id !== want.id) problems.push(`line ${i + 1}: id ${JSON.stringify(got.id)}, expected ${want.id}`);
    const items = got[key];
    if (!Array.isArray(items)) {
      problems.push(`line ${i + 1}: no "${key}" array${got.error ? ` (error: ${got.error})` : ''}`);
      continue;
    }
    const findings = command === 'parse' ? items : items.map((e) => e.finding);
    if (want.expect === null) {
      if (findings.length !== 0) problems.push(`line ${i + 1}: ${findings.length} findings in a text without a denial`);
    } else if (!findings.some((f) => Object.entries(want.expect).every(([k, v]) => f?.[k] === v))) {
      problems.push(`line ${i + 1}: no finding with ${JSON.stringify(want.expect)}; got ${JSON.stringify(findings).slice(0, 200)}`);
    }
  }
  return problems;
}

const sh = (args) => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
const MAX_BUFFER = 1024 * 1024 * 1024;

/** The four ways, each resolving to the command's { status, stdout, stderr }. */
export const WAYS = {
  'file (< lines.jsonl)': (argv, file) => {
    const fd = openSync(file, 'r');
    try {
      return spawnSync(argv[0], argv.slice(1), { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: MAX_BUFFER });
    } finally {
      closeSync(fd);
    }
  },
  'slow shell pipe ((sleep 1; cat lines.jsonl) | …)': (argv, file) =>
    spawnSync('/bin/sh', ['-c', `(sleep 1; cat ${sh([file])}) | ${sh(argv)}`], { encoding: 'utf8', maxBuffer: MAX_BUFFER }),
  'Node spawnSync input': (argv, _file, body) =>
    spawnSync(argv[0], argv.slice(1), { input: body, encoding: 'utf8', maxBuffer: MAX_BUFFER }),
  'streamed Node pipe (uneven pieces, pauses)': (argv, _file, body) => streamed(argv, Buffer.from(body, 'utf8')),
};

function streamed(argv, bytes) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // a command that exits early is reported through its status
    // Pieces of 1 byte to 96 KiB, cut anywhere (also inside a multi-byte character), with a pause every few pieces.
    let offset = 0;
    let n = 0;
    const next = () => {
      while (offset < bytes.length) {
        const size = 1 + ((n * 2654435761) % (96 * 1024));
        const piece = bytes.subarray(offset, Math.min(bytes.length, offset + size));
        offset += piece.length;
        n++;
        const more = child.stdin.write(piece);
        if (!more) return void child.stdin.once('drain', next);
        if (n % 7 === 0) return void setTimeout(next, 5);
      }
      child.stdin.end();
    };
    setTimeout(next, 300); // the command starts with an empty pipe, as with a slow producer
  });
}

export async function runCheck({ argv, lines = 20_000, command = 'parse', log = () => undefined }) {
  const dir = mkdtempSync(join(tmpdir(), 'why-denied-check-'));
  try {
    const { body, expected } = makeLines(lines);
    const file = join(dir, 'lines.jsonl');
    writeFileSync(file, body);
    const full = [...argv, command, '--jsonl'];
    const results = [];
    for (const [way, run] of Object.entries(WAYS)) {
      const started = performance.now();
      const result = await run(full, file, body);
      const seconds = (performance.now() - started) / 1000;
      const problems = result.error ? [String(result.error)] : [];
      if (result.status !== 0) problems.push(`exit status ${result.status}: ${String(result.stderr).trim().slice(0, 300)}`);
      problems.push(...verify(String(result.stdout ?? ''), expected, command));
      results.push({ way, seconds, problems });
      log(`${problems.length ? 'FAIL' : 'ok  '} ${way}: ${lines} lines in ${seconds.toFixed(2)} s${problems.length ? '\n       ' + problems.join('\n       ') : ''}`);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { bin: { type: 'string' }, lines: { type: 'string', default: '20000' }, command: { type: 'string', default: 'parse' } },
  });
  const argv = values.bin ? [values.bin] : [process.execPath, join(root, 'bin/why-denied.mjs')];
  const lines = Number(values.lines);
  if (!Number.isInteger(lines) || lines < 1 || !['parse', 'explain'].includes(values.command)) {
    process.stderr.write('usage: cli-stdin-check.mjs [--bin PATH] [--lines N] [--command parse|explain]\n');
    process.exit(2);
  }
  console.log(`cli-stdin-check: ${argv.join(' ')} ${values.command} --jsonl, ${lines} JSON lines, four ways`);
  const results = await runCheck({ argv, lines, command: values.command, log: (l) => console.log('  ' + l) });
  const failed = results.filter((r) => r.problems.length);
  console.log(failed.length ? `cli-stdin-check: ${failed.length} of 4 ways FAILED` : 'cli-stdin-check: every line came back, all four ways');
  process.exitCode = failed.length ? 1 : 0;
}

// The built `why-denied` command (bin/why-denied.mjs → dist/cli), spawned as users and parent processes run it:
// stdin from a file, a slow shell pipe, a trickling pipe, a Node parent's spawnSync input, a streamed Node pipe,
// closed and empty stdin — no mocks of stdin. Plus what a terminal user meets: a long log whose denial is at the
// end, a reader that stops early, typos, --version, and --jsonl's one-line-per-line promise.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(root, 'bin/why-denied.mjs');
const CMD = [process.execPath, BIN];
const sh = (args: string[]): string => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
const SHELL_CMD = sh(CMD);

const DENIAL =
  'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::123456789012:assumed-role/Dev/alice ' +
  'is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::reports" because no identity-based policy allows the s3:ListBucket action';
const VERDICT = '✗ No identity-based policy allows s3:ListBucket — add it to role Dev';

let dir: string;
let errFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-stdin-'));
  errFile = join(dir, 'err.txt');
  writeFileSync(errFile, DENIAL + '\n');
  // The first call builds dist/cli when a source is newer (as `npx why-denied` does in a checkout).
  const first = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  expect(first.status, first.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], options: { input?: string | Buffer; stdin?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    stdio: options.stdin !== undefined ? [options.stdin, 'pipe', 'pipe'] : 'pipe',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

function shell(script: string): SpawnSyncReturns<string> {
  return spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, cwd: dir });
}

function findings(stdout: string): Array<{ action: string | null; resource: string | null }> {
  return (JSON.parse(stdout) as { findings: Array<{ action: string | null; resource: string | null }> }).findings;
}

describe('stdin, however it arrives', () => {
  it('a file (< err.txt)', () => {
    const fd = openSync(errFile, 'r');
    try {
      const result = run(['parse'], { stdin: fd });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(findings(result.stdout).map((f) => f.action)).toEqual(['s3:ListBucket']);
    } finally {
      closeSync(fd);
    }
  });

  it('a slow shell pipe: (sleep 1; cat err.txt) | why-denied explain', () => {
    const result = shell(`(sleep 1; cat err.txt) | ${SHELL_CMD} explain`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith(VERDICT + '\n')).toBe(true);
  });

  it('a pipe whose writer trickles: the denial split across writes seconds apart is read whole', () => {
    const half = DENIAL.indexOf('s3:ListBucket on');
    writeFileSync(join(dir, 'a.txt'), DENIAL.slice(0, half));
    writeFileSync(join(dir, 'b.txt'), DENIAL.slice(half) + '\n');
    const result = shell(`(sleep 0.3; cat a.txt; sleep 0.7; cat b.txt) | ${SHELL_CMD} parse`);
    expect(result.status).toBe(0);
    expect(findings(result.stdout)).toMatchObject([{ action: 's3:ListBucket', resource: 'arn:aws:s3:::reports' }]);
  });

  it("a Node parent's spawnSync input", () => {
    const result = run(['explain', '--json'], { input: DENIAL });
    expect(result.status).toBe(0);
    const { explanations } = JSON.parse(result.stdout) as { explanations: Array<{ finding: { action: string } }> };
    expect(explanations.map((e) => e.finding.action)).toEqual(['s3:ListBucket']);
  });

  it('a streamed Node pipe, written in pieces with pauses, cut inside a UTF-8 character', async () => {
    const text = Buffer.from(`log line データ\n${DENIAL.replace('reports', 'レポート')}\n`, 'utf8');
    const child = spawn(process.execPath, [BIN, 'parse'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    for (let at = 0; at < text.length; at += 7) {
      child.stdin.write(text.subarray(at, at + 7));
      await new Promise((r) => setTimeout(r, 2));
    }
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(findings(stdout)).toMatchObject([{ action: 's3:ListBucket', resource: 'arn:aws:s3:::レポート' }]);
  });

  it('a closed stdin (<&-) and an empty one (< /dev/null) are empty input, not an error', () => {
    for (const redirect of ['<&-', '< /dev/null']) {
      const parsed = shell(`${SHELL_CMD} parse ${redirect}`);
      expect(parsed.stderr).toBe('');
      expect([parsed.status, parsed.stdout]).toEqual([0, '{"findings":[]}\n']);
      const explained = shell(`${SHELL_CMD} explain ${redirect}`);
      expect([explained.status, explained.stdout]).toEqual([0, 'No AWS access-denied or credentials error found in the input.\n']);
      const batch = shell(`${SHELL_CMD} explain --jsonl ${redirect}`);
      expect([batch.status, batch.stdout]).toEqual([0, '']);
    }
  });

  it('binary bytes are text with replacement characters, not a crash', () => {
    const bytes = Buffer.alloc(70_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const result = run(['parse'], { input: Buffer.concat([bytes, Buffer.from('\n' + DENIAL + '\n'), bytes]) });
    expect(result.status).toBe(0);
    expect(findings(result.stdout).map((f) => f.action)).toContain('s3:ListBucket');
  });

  it('a directory as stdin (< .) reads as empty input, no crash', () => {
    const result = shell(`${SHELL_CMD} parse < .`);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '{"findings":[]}\n', '']);
  });
});

describe('long input', () => {
  it('a 2 MB CI log whose denial is the last line: found, nothing cut', () => {
    writeFileSync(join(dir, 'ci.log'), '##[group]Run terraform apply\n'.repeat(70_000) + DENIAL + '\n');
    const result = shell(`cat ci.log | ${SHELL_CMD} explain`);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith(VERDICT)).toBe(true);
  });

  it('over the limit: the start and the end are read, the middle skipped, and stderr says so in one sentence', () => {
    const filler = 'step output line\n'.repeat(400_000); // 6.8 million characters
    const middle = DENIAL.replace('s3:ListBucket', 'kms:Decrypt').replace('s3:ListBucket', 'kms:Decrypt');
    const first = DENIAL.replace(/s3:ListBucket/g, 'sqs:SendMessage');
    writeFileSync(join(dir, 'huge.log'), `${first}\n${filler}${middle}\n${filler}${DENIAL}\n`);
    const result = shell(`(sleep 0.2; cat huge.log) | ${SHELL_CMD} parse`);
    expect(result.status).toBe(0);
    expect(findings(result.stdout).map((f) => f.action)).toEqual(['sqs:SendMessage', 's3:ListBucket']);
    expect(result.stderr).toBe(
      'note: the input is longer than 10,000,000 characters: its first and last 5,000,000 characters were read, the middle was skipped.\n',
    );
  }, 30_000);

  it('a reader that stops early (| head -n 1) ends the command quietly', () => {
    writeFileSync(join(dir, 'many.log'), Array.from({ length: 300 }, (_, i) => DENIAL.replace('alice', `u${i}`)).join('\n'));
    const result = shell(`${SHELL_CMD} explain < many.log 2> head-err.txt | head -n 1; cat head-err.txt`);
    expect(result.stdout).toBe(VERDICT + '\n'); // and nothing from `cat head-err.txt`: no EPIPE trace
  }, 30_000);
});

describe('--jsonl: exactly one output line per input line', () => {
  it('answers blank, malformed and text-less lines in place with an error object, keeping ids it can read', () => {
    const input = [
      JSON.stringify({ id: 'a', text: DENIAL }),
      '',
      '{"id":"b","text":"cut off',
      '[1,2]',
      JSON.stringify({ id: 'c' }),
      '   ',
      JSON.stringify({ id: 7, text: 'no denial here' }),
    ].join('\n');
    for (const command of ['parse', 'explain']) {
      const result = run([command, '--jsonl'], { input });
      expect(result.status).toBe(0);
      const out = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out.map((o) => o.id)).toEqual(['a', null, 'b', null, 'c', null, 7]);
      expect(out.map((o) => (o.error as string | undefined)?.replace(/;.*/, '') ?? null)).toEqual([
        null,
        'line 2: blank line',
        'line 3: not valid JSON',
        'line 4: not a JSON object',
        'line 5: "text" must be a string',
        'line 6: blank line',
        null,
      ]);
      const key = command === 'parse' ? 'findings' : 'explanations';
      expect(out.map((o) => (o[key] as unknown[]).length)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('20,000 JSON lines come back four ways: file, slow shell pipe, Node spawnSync, streamed Node pipe', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/cli-stdin-check.mjs'), '--lines', '20000'], { encoding: 'utf8' });
    expect(result.stdout).toContain('every line came back, all four ways');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);

  it('explain --jsonl too (500 lines, four ways)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/cli-stdin-check.mjs'), '--lines', '500', '--command', 'explain'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);
});

describe('arguments', () => {
  it('an unknown command says so and lists the commands (exit 2)', () => {
    const result = run(['explian'], { input: DENIAL });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('why-denied: unknown command "explian" — did you mean "explain"? (commands: parse, explain; see --help)\n');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(version + '\n');
    expect(run(['--help']).stdout).toContain('Usage:\n  why-denied parse');
  });

  it('`npm run --silent cli` and `npx why-denied` in the checkout are the same command', () => {
    const viaNpm = spawnSync('npm', ['run', '--silent', 'cli', '--', 'parse'], { cwd: root, input: DENIAL, encoding: 'utf8' });
    expect(viaNpm.status).toBe(0);
    expect(findings(viaNpm.stdout).map((f) => f.action)).toEqual(['s3:ListBucket']);
    const viaNpx = spawnSync('npx', ['--no-install', 'why-denied', 'parse'], { cwd: join(root, 'lib'), input: DENIAL, encoding: 'utf8' });
    expect(viaNpx.status, viaNpx.stderr).toBe(0);
    expect(viaNpx.stdout).toBe(viaNpm.stdout);
  }, 60_000);
});

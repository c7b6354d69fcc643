// The packed package as a user installs it: `npm pack`, then `npm install -g` into an empty prefix (offline: the
// package has no dependencies), then a denial piped through the installed `why-denied` from outside the checkout,
// with nothing of the repository on PATH. Also what the tarball holds: the command and its bundle, nothing else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DENIAL =
  'User: arn:aws:sts::123456789012:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::reports" because no identity-based policy allows the s3:ListBucket action';

let dir: string;
let tarball: string;
let prefix: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-pack-'));
  // Bring dist/cli up to date (what prepack does), then pack without scripts: this test must not rerun wxt prepare
  // under the other tests' feet. CI packs with scripts (.ci/run).
  const built = spawnSync(process.execPath, [join(root, 'bin/why-denied.mjs'), '--version'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--loglevel', 'error'], { cwd: root, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(dir, pack.stdout.trim().split('\n').pop()!);
  prefix = join(dir, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel', 'warn', tarball], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(install.status, install.stderr).toBe(0);
  // No warnings either: an install script in the packed package.json would make npm 11 warn (and try to build).
  expect(install.stderr).toBe('');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed why-denied command', () => {
  it('holds only the command and its bundle, small', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n');
    const unexpected = list.filter((f) => !/^package\/(package\.json|README\.md|bin\/why-denied\.mjs|dist\/cli\/main\.mjs|dist\/cli\/chunks\/[\w.-]+\.mjs)$/.test(f));
    expect(unexpected).toEqual([]);
    expect(list).toContain('package/dist/cli/main.mjs');
    expect(readFileSync(tarball).length).toBeLessThan(1024 * 1024);
  });

  it('declares no dependencies and no install scripts', () => {
    const installed = join(prefix, 'lib/node_modules/why-denied');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      dependencies?: object;
      scripts: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ 'why-denied': 'bin/why-denied.mjs' });
    expect(manifest.dependencies).toBeUndefined();
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts[script], script).toBeUndefined();
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(join(prefix, 'bin'))).toEqual(['why-denied']);
  });

  it('runs from the global prefix: … | why-denied explain, outside the checkout, nothing else on PATH', () => {
    const env = { PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir };
    const explained = spawnSync('/bin/sh', ['-c', `(sleep 0.5; printf '%s\\n' "$DENIAL") | why-denied explain`], {
      cwd: dir,
      env: { ...env, DENIAL },
      encoding: 'utf8',
    });
    expect(explained.stderr).toBe('');
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('✗ No identity-based policy allows s3:ListBucket — add it to role Dev');
    expect(explained.stdout).toContain('"Action": "s3:ListBucket"');
    const ja = spawnSync('why-denied', ['explain', '--lang', 'ja'], { cwd: dir, env, input: DENIAL, encoding: 'utf8', shell: false });
    expect(ja.status).toBe(0);
    expect(ja.stdout).toMatch(/[\u3040-\u30ff]/);
    const version = spawnSync('why-denied', ['--version'], { cwd: dir, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

// @cloud-copilot/iam-simulate and @cloud-copilot/iam-policy are AGPL: they prove the fixes (the engine) and the
// documents (the validators) in tests and the eval, and must never ship. Checked: their licenses are what this
// test expects, they are development dependencies only and no production dependency is AGPL, only tests/ imports
// them (not scripts/, whose bundles run as the CLI), no shipped source names them, the import graph of every
// shipped entry leaves them out, the built extension (when built) does not contain their code, and neither does any
// file `npm pack` puts in the why-denied command's package — with a control bundle proving the markers would show.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHIPPED = ['lib', 'components', 'entrypoints'];
// Strings compiled into iam-simulate and its validator, which minification keeps (error codes and result names).
const MARKERS = ['no.resource.types', 'SessionRoleMatch', 'AllowedForAccount', 'DeniedForAccount'];

function files(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, exts));
    else if (exts.test(name)) out.push(path);
  }
  return out;
}

async function inputsOf(entries: string[]): Promise<string[]> {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    outdir: '/tmp/why-denied-graph',
    format: 'esm',
    platform: 'browser',
    splitting: true,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': root },
    // node:* — lib/cli (the terminal entry) uses Node's own modules, which are no package.
    external: ['wxt/*', 'wxt', '#imports', 'virtual:*', 'node:*'],
    absWorkingDir: root,
  });
  return Object.keys(result.metafile?.inputs ?? {});
}

interface PackageJson {
  name?: string;
  license?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readPackage = (dir: string): PackageJson => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
const TEST_ONLY = ['@cloud-copilot/iam-simulate', '@cloud-copilot/iam-policy'];

describe('the AGPL oracles stay in tests', () => {
  it('are AGPL, development dependencies only, and no production dependency is AGPL', () => {
    const pkg = readPackage(root);
    for (const name of TEST_ONLY) {
      expect(readPackage(join(root, 'node_modules', name)).license, name).toMatch(/AGPL/);
      expect(pkg.devDependencies?.[name], name).toBeDefined();
      expect(pkg.dependencies?.[name], name).toBeUndefined();
    }
    // Every package a production dependency pulls in, transitively (none today: the package ships its bundles).
    const seen = new Set<string>();
    const queue = Object.keys(pkg.dependencies ?? {});
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const dir = join(root, 'node_modules', name);
      if (!existsSync(dir)) continue;
      const dep = readPackage(dir);
      expect(dep.license ?? '', name).not.toMatch(/GPL/);
      queue.push(...Object.keys(dep.dependencies ?? {}));
    }
  });

  it('only tests/ imports them: scripts/ (the CLI and the eval sections there) import neither them nor tests/support', () => {
    const offenders = files(join(root, 'scripts'), /\.(ts|mjs|js)$/)
      .filter((f) => /@cloud-copilot\/iam-(simulate|policy)|tests\/support\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
    const importers = files(join(root, 'tests'), /\.tsx?$/).filter((f) => /from '@cloud-copilot\/iam-(simulate|policy)'/.test(readFileSync(f, 'utf8')));
    // One door: the adapter (and this test's control bundle goes through fix-check, which uses it).
    expect(importers.map((f) => relative(root, f))).toEqual(['tests/support/iam-engine.ts']);
  });
});

describe('iam-simulate never ships', () => {
  it('no file under lib/, components/ or entrypoints/ names it', () => {
    const offenders = SHIPPED.flatMap((d) => files(join(root, d), /\.(ts|tsx|js|mjs)$/))
      .filter((f) => /iam-simulate|iam-policy/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the import graph of lib/, components/ and entrypoints/ leaves it out', async () => {
    const entries = SHIPPED.flatMap((d) => files(join(root, d), /\.tsx?$/)).filter((f) => !f.endsWith('.d.ts'));
    const inputs = await inputsOf(entries);
    expect(inputs.some((i) => i.includes('lib/explain/core.ts'))).toBe(true);
    expect(inputs.filter((i) => /@cloud-copilot\/iam-(simulate|policy)/.test(i))).toEqual([]);
  });

  it('the markers are found in a bundle that does contain it (control)', async () => {
    const result = await build({ entryPoints: [join(root, 'tests/support/fix-check.ts')], bundle: true, write: false, format: 'esm', platform: 'node', minify: true, logLevel: 'silent', absWorkingDir: root });
    const text = result.outputFiles.map((f) => f.text).join('\n');
    for (const m of MARKERS) expect(text, m).toContain(m);
  });

  it('the packed why-denied command (every file npm pack ships) does not contain it', () => {
    // The command brings its bundle up to date first, as `npm pack`'s prepack does.
    const built = spawnSync(process.execPath, [join(root, 'bin/why-denied.mjs'), '--version'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel', 'error'], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const [manifest] = JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>;
    const paths = manifest!.files.map((f) => f.path);
    expect(paths).toContain('dist/cli/main.mjs');
    expect(paths.filter((p) => !/^(package\.json|README\.md|bin\/why-denied\.mjs|dist\/cli\/.+\.mjs)$/.test(p))).toEqual([]);
    const found = paths.flatMap((p) => {
      const text = readFileSync(join(root, p), 'utf8');
      return MARKERS.filter((m) => text.includes(m)).map((m) => `${p}: ${m}`);
    });
    expect(found).toEqual([]);
    // Its import graph: project files only (no package is bundled or imported), none of them test code.
    const inputs = JSON.parse(readFileSync(join(root, 'dist/cli/inputs.json'), 'utf8')) as string[];
    expect(inputs.filter((i) => i.includes('node_modules') || i.startsWith('tests/'))).toEqual([]);
    // Spawns the command (which may rebuild its bundle) and npm pack: seconds, more on a loaded machine.
  }, 60_000);

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = join(root, '.output', target);
    const built = existsSync(dir);
    it.skipIf(!built)(`the built extension ${target} does not contain it${built ? '' : ' (skipped: not built — run npm run build)'}`, () => {
      const output = files(dir, /\.(js|mjs|html|json)$/);
      expect(output.length).toBeGreaterThan(0);
      const found = output.flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return MARKERS.filter((m) => text.includes(m)).map((m) => `${relative(dir, f)}: ${m}`);
      });
      expect(found).toEqual([]);
    });
  }
});

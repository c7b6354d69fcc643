// @cloud-copilot/iam-simulate is AGPL: it proves the fixes in tests and eval, and must never ship. Checked three
// ways: no shipped source names it, the import graph of every shipped entry leaves it out, and the built
// extension (when built) does not contain its code — with a control bundle proving the markers would show.
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
    // node:* — the terminal's own files (lib/scan/files.ts, lib/cli/scan.ts) read files; no extension entry imports
    // them (tests/unit/scan/node-only.test.ts).
    external: ['wxt/*', 'wxt', '#imports', 'virtual:*', 'node:*'],
    absWorkingDir: root,
  });
  return Object.keys(result.metafile?.inputs ?? {});
}

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
    const result = await build({ entryPoints: [join(root, 'scripts/eval/_fix-check.ts')], bundle: true, write: false, format: 'esm', platform: 'node', minify: true, logLevel: 'silent', absWorkingDir: root });
    const text = result.outputFiles.map((f) => f.text).join('\n');
    for (const m of MARKERS) expect(text, m).toContain(m);
  });

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

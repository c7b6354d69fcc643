// The scan reads files with Node (lib/scan/files.ts, lib/cli/scan.ts): none of it may reach the extension. The
// import graph of every extension entry, bundled for the browser, holds no Node built-in and none of those files —
// while the side panel's import of scan output (lib/history/scan-import.ts) does ship.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the scan stays in the terminal', () => {
  it('no extension entry imports Node built-ins or the scan reader', async () => {
    const entries = ['entrypoints/background/index.ts', 'entrypoints/console.content/index.ts', 'entrypoints/popup/main.tsx', 'entrypoints/sidepanel/main.tsx', 'entrypoints/console-engine/index.ts'].map((e) => join(root, e));
    const result = await build({
      entryPoints: entries,
      bundle: true,
      write: false,
      outdir: '/tmp/why-denied-scan-graph',
      format: 'esm',
      platform: 'browser',
      splitting: true,
      metafile: true,
      logLevel: 'silent',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      alias: { '@': root },
      external: ['wxt/*', 'wxt', '#imports', 'virtual:*'],
      absWorkingDir: root,
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs.some((i) => i.endsWith('lib/history/scan-import.ts'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('lib/scan/') || i.endsWith('lib/cli/scan.ts') || i.startsWith('node:'))).toEqual([]);
  }, 60_000);
});

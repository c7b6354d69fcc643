// Bundles one TypeScript entry for Node with esbuild and records its project inputs for run-ts.mjs's freshness check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundle(entry, out, metaFile) {
  mkdirSync(dirname(out), { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': root },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  writeFileSync(metaFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

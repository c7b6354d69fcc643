// Bundles one TypeScript entry for Node with esbuild into <dir>/main.mjs and records its project inputs in
// <dir>/inputs.json for run-ts.mjs's freshness check. Code splitting keeps lazily imported modules (the per-service
// IAM index) in their own chunks, so a `parse` call does not load and compile the whole index at start-up.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundle(entry, dir) {
  rmSync(dir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { main: entry },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
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
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify(Object.keys(result.metafile.inputs)));
}

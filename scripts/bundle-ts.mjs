// Bundles one TypeScript entry for Node with esbuild into <dir>/main.mjs and records its project inputs in
// <dir>/inputs.json for the freshness check (isFresh). Code splitting keeps lazily imported modules (the per-service
// IAM index) in their own chunks, so a `parse` call does not load and compile the whole index at start-up.
// esbuild is imported only when a bundle is built: callers that only check freshness start fast.
import { existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Whether <dir>/main.mjs is newer than every project file it was built from (WHY_DENIED_REBUILD=1: never). */
export function isFresh(dir) {
  const out = join(dir, 'main.mjs');
  const metaFile = join(dir, 'inputs.json');
  if (process.env.WHY_DENIED_REBUILD || !existsSync(out) || !existsSync(metaFile)) return false;
  const built = statSync(out).mtimeMs;
  try {
    const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
    return inputs.every((file) => statSync(resolve(root, file)).mtimeMs <= built);
  } catch {
    return false; // an input was deleted or renamed
  }
}

/**
 * Builds into a fresh directory beside <dir> and swaps it in, so a process started meanwhile (tests spawn several
 * commands at once) finds either the old bundle or the new one, never a half-written one.
 */
export async function bundle(entry, dir) {
  const { build } = await import('esbuild');
  const next = `${dir}.next-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  // The bundle is dated when the build started: a source saved while esbuild ran (after it read the file) is then
  // newer than the bundle, and the next run rebuilds instead of running stale code.
  const started = new Date();
  const result = await build({
    entryPoints: { main: entry },
    outdir: next,
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
  writeFileSync(join(next, 'inputs.json'), JSON.stringify(Object.keys(result.metafile.inputs)));
  utimesSync(join(next, 'main.mjs'), started, started);
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(next, dir);
  } catch {
    rmSync(next, { recursive: true, force: true }); // another process swapped in its build, as fresh as ours
  }
  rmSync(old, { recursive: true, force: true });
  return result;
}

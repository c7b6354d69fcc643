#!/usr/bin/env node
// Builds the `why-denied` command's bundle (scripts/cli.ts and everything it imports, the per-service IAM modules of
// lib/iam/generated as lazy chunks) into dist/cli/: plain JavaScript with no package imports, which `npm pack` ships
// and bin/why-denied.mjs runs. Run by `npm run build`, by `prepare` (npm ci, npm pack), and by bin/why-denied.mjs in
// a checkout when a source changed since the last build.
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, isFresh } from './bundle-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = resolve(root, 'dist/cli');
const ENTRY = resolve(root, 'scripts/cli.ts');

export async function buildCli() {
  const result = await bundle(ENTRY, CLI_DIR);
  const external = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && !i.path.startsWith('node:'))
    .map((i) => i.path);
  // The installed package has no dependencies: an import of a package would fail only on users' machines.
  if (external.length > 0) throw new Error(`the CLI bundle imports packages: ${[...new Set(external)].join(', ')}`);
}

/** Rebuilds only when a source is newer than the bundle. */
export async function ensureCli() {
  if (!isFresh(CLI_DIR)) await buildCli();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await buildCli();

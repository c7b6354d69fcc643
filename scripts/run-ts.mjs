#!/usr/bin/env node
// Runs a TypeScript entry (CLI, eval, bench) as a cached esbuild bundle, so every call after the first starts
// as plain JavaScript: people pipe CI logs through the CLI and start-up time counts.
// Usage: node scripts/run-ts.mjs <entry.ts> [args…]   (WHY_DENIED_REBUILD=1 forces a rebuild)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...rest] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: run-ts.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const entry = resolve(root, entryArg);
const outDir = resolve(root, 'node_modules/.cache/why-denied');
// scripts/eval/parse.ts and scripts/bench/parse.ts must not share a bundle: name it eval-parse (cli.ts → cli);
// entries outside scripts/ keep their top folder (tests/eval/explain.ts → tests-eval-explain).
const fromScripts = relative(resolve(root, 'scripts'), entry);
const bundleDir = resolve(outDir, (fromScripts.startsWith('..') ? relative(root, entry) : fromScripts).replace(/[\\/]/g, '-').replace(/\.tsx?$/, ''));
const out = resolve(bundleDir, 'main.mjs');
const metaFile = resolve(bundleDir, 'inputs.json');

function isFresh() {
  if (process.env.WHY_DENIED_REBUILD || !existsSync(out) || !existsSync(metaFile)) return false;
  const built = statSync(out).mtimeMs;
  try {
    const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
    return inputs.every((file) => statSync(resolve(root, file)).mtimeMs <= built);
  } catch {
    return false; // an input was deleted or renamed
  }
}

if (!isFresh()) {
  const { bundle } = await import('./bundle-ts.mjs');
  await bundle(entry, bundleDir);
}
process.argv = [process.argv[0], out, ...rest];
await import(pathToFileURL(out).href);

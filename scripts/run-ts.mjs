#!/usr/bin/env node
// Runs a TypeScript entry (eval, bench, screenshots sections) as a cached esbuild bundle, so every call after the
// first starts as plain JavaScript. (The `why-denied` command has its own bundle: scripts/build-cli.mjs.)
// Usage: node scripts/run-ts.mjs <entry.ts> [args…]   (WHY_DENIED_REBUILD=1 forces a rebuild)
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, isFresh } from './bundle-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...rest] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: run-ts.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const entry = resolve(root, entryArg);
const outDir = resolve(root, 'node_modules/.cache/why-denied');
// scripts/eval/parse.ts and scripts/bench/parse.ts must not share a bundle: name it eval-parse;
// entries outside scripts/ keep their top folder (tests/eval/explain.ts → tests-eval-explain).
const fromScripts = relative(resolve(root, 'scripts'), entry);
const bundleDir = resolve(outDir, (fromScripts.startsWith('..') ? relative(root, entry) : fromScripts).replace(/[\\/]/g, '-').replace(/\.tsx?$/, ''));
const out = resolve(bundleDir, 'main.mjs');

if (!isFresh(bundleDir)) await bundle(entry, bundleDir);
process.argv = [process.argv[0], out, ...rest];
await import(pathToFileURL(out).href);

#!/usr/bin/env node
// The `why-denied` command (package.json "bin"). Installed from the packed package it runs the bundle built before
// packing, dist/cli/main.mjs: plain JavaScript, no dependencies, no build step. In a checkout of the repository
// (scripts/build-cli.mjs beside it) it first rebuilds that bundle when a source changed, so `npx why-denied` and
// `npm run --silent cli` never run stale code.
import { existsSync } from 'node:fs';

const builder = new URL('../scripts/build-cli.mjs', import.meta.url);
const main = new URL('../dist/cli/main.mjs', import.meta.url);
try {
  if (existsSync(builder)) await (await import(builder.href)).ensureCli();
} catch (error) {
  process.stderr.write(`why-denied: cannot build the command in this checkout (run npm ci): ${error?.message ?? error}\n`);
  process.exit(1);
}
if (!existsSync(main)) {
  process.stderr.write('why-denied: dist/cli/main.mjs is missing: this copy of the package is incomplete; reinstall it\n');
  process.exit(1);
}
await import(main.href);

#!/usr/bin/env node
// Builds the terminal entry's bundle ahead of time, so the first `npm run cli` after a build starts at once.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
await bundle(resolve(root, 'scripts/cli.ts'), resolve(root, 'node_modules/.cache/why-denied/cli'));

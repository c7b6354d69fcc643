#!/usr/bin/env node
// Runs every section of a multi-part job (scripts/<job>/*.ts, then tests/<job>/*.ts) in order, each in its own process so one section's
// heavy setup (a browser, an IAM engine) cannot skew another's timings. Fails when any section fails.
// Usage: node scripts/run-sections.mjs <job> [args passed to every section…]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [job, ...args] = process.argv.slice(2);
if (!job) {
  process.stderr.write('usage: run-sections.mjs <eval|bench|screenshots> [args…]\n');
  process.exit(2);
}
// Sections live in scripts/<job>/, and in tests/<job>/ when they use test-only oracles (the explain eval uses the
// IAM engine and validators that must never reach a shipped or script bundle).
const sectionsIn = (base) => {
  const dir = join(root, base, job);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
        .sort()
        .map((f) => join(base, job, f))
    : [];
};
const sections = [...sectionsIn('scripts'), ...sectionsIn('tests')];
if (sections.length === 0) {
  process.stderr.write(`${job}: no sections in scripts/${job}/\n`);
  process.exit(1);
}
const failed = [];
for (const section of sections) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/run-ts.mjs'), section, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(section);
}
if (failed.length) {
  process.stderr.write(`${job}: failed sections: ${failed.join(', ')}\n`);
  process.exit(1);
}

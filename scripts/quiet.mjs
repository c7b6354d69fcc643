#!/usr/bin/env node
// Runs a command with its output held back: one line when it succeeds, all of it (in order) when it fails. `npm test`
// runs the build through it: its ~1,100 lines of file sizes would otherwise bury a failing test further down.
// WHY_DENIED_VERBOSE=1 passes everything through.
// Usage: node scripts/quiet.mjs <command> [args…]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: quiet.mjs <command> [args…]\n');
  process.exit(2);
}
const verbose = Boolean(process.env.WHY_DENIED_VERBOSE);
const started = performance.now();
const child = spawn(command, args, { stdio: verbose ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
const output = [];
child.stdout?.on('data', (d) => output.push(d));
child.stderr?.on('data', (d) => output.push(d));
child.on('error', (error) => {
  process.stderr.write(`quiet.mjs: cannot run ${command}: ${error.message}\n`);
  process.exit(127);
});
child.on('close', (code, signal) => {
  const what = [command, ...args].join(' ');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    if (!verbose) process.stdout.write(`✓ ${what} (${seconds} s, output hidden: WHY_DENIED_VERBOSE=1 shows it)\n`);
    process.exit(0);
  }
  process.stderr.write(Buffer.concat(output));
  process.stderr.write(`\n✗ ${what} failed (${signal ?? `exit code ${code}`}, ${seconds} s)\n`);
  process.exit(code ?? 1);
});

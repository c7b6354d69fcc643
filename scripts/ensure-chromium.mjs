#!/usr/bin/env node
// The browser tests need Debian's chromium (Playwright cannot download browsers on these machines). On a fresh
// machine `npm test` installs it with apt-get when it can (root or sudo), else says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
// The Japanese UI needs a Japanese font to be tested as people see it (runs first, never exits).
import './ensure-fonts.mjs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted} does not exist.`);
  process.exit(1);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const root = process.getuid?.() === 0;
if (!has('apt-get') || (!root && !has('sudo'))) {
  console.error('The browser tests need Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.error('Installing Debian chromium for the browser tests (apt-get install -y chromium)…');
const [bin, ...pre] = root ? ['apt-get'] : ['sudo', 'apt-get'];
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync(bin, [...pre, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync(bin, [...pre, 'install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
} catch {
  console.error('Could not install chromium with apt-get; install it by hand or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is missing; set CHROMIUM_PATH.`);
  process.exit(1);
}

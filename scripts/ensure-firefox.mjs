#!/usr/bin/env node
// The Firefox tests need Debian's firefox-esr (puppeteer-core drives it over WebDriver BiDi; no browser can be
// downloaded on these machines). On a fresh machine `npm test` installs it with apt-get when it can (root or sudo),
// else says exactly what to run. FIREFOX_PATH points the tests at another Firefox.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (existsSync(wanted)) process.exit(0);
if (process.env.FIREFOX_PATH) {
  console.error(`FIREFOX_PATH=${wanted} does not exist.`);
  process.exit(1);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const root = process.getuid?.() === 0;
if (!has('apt-get') || (!root && !has('sudo'))) {
  console.error('The Firefox tests need Firefox ESR: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  process.exit(1);
}
console.error('Installing Debian firefox-esr for the Firefox tests (apt-get install -y firefox-esr)…');
const [bin, ...pre] = root ? ['apt-get'] : ['sudo', 'apt-get'];
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync(bin, [...pre, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync(bin, [...pre, 'install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
} catch {
  console.error('Could not install firefox-esr with apt-get; install it by hand or set FIREFOX_PATH.');
  process.exit(1);
}
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is missing; set FIREFOX_PATH.`);
  process.exit(1);
}

// The Japanese UI is tested and photographed in Chromium: without a Japanese font it draws empty boxes, so layout
// measurements and README screenshots would be of boxes, not of what people read. On a fresh Debian machine this
// installs Noto Sans CJK (fonts-noto-cjk) with apt-get when it can (root or sudo); otherwise it says what to run.
import { execFileSync, spawnSync } from 'node:child_process';

function hasJapaneseFont() {
  const list = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.trim() !== '';
}

function ensure() {
  if (hasJapaneseFont()) return;
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const root = process.getuid?.() === 0;
  if (!has('apt-get') || (!root && !has('sudo'))) {
    console.error('No Japanese font: the Japanese UI tests need one (Debian: apt-get install -y fonts-noto-cjk).');
    return;
  }
  console.error('Installing a Japanese font for the browser tests (apt-get install -y fonts-noto-cjk)…');
  const [bin, ...pre] = root ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync(bin, [...pre, 'update', '-qq'], { stdio: 'inherit', env });
    execFileSync(bin, [...pre, 'install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  } catch {
    console.error('Could not install fonts-noto-cjk with apt-get; install a Japanese font by hand.');
  }
}

ensure();

// Japanese text measured or photographed without a Japanese font is empty boxes: such a run proves nothing about what
// people read. scripts/ensure-fonts.mjs (run by `npm test`) installs one on Debian.
import { spawnSync } from 'node:child_process';

export function japaneseFontMissing(): string | null {
  const list = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (list.status === 0 && list.stdout.trim() !== '') return null;
  return 'No Japanese font on this machine (fc-list :lang=ja is empty): run node scripts/ensure-fonts.mjs, or apt-get install -y fonts-noto-cjk.';
}

// The terminal entry as people run it (`npm run --silent cli -- …`, Contract 1): what the Firefox tests compare
// the add-on with.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/support/firefox';

/** Runs the terminal entry with `input` as stdin (a file, as a shell redirect hands it over); its stdout lines. */
export function cli(args: string[], input: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'why-denied-cli-'));
  const file = join(dir, 'input.txt');
  writeFileSync(file, input);
  const fd = openSync(file, 'r');
  try {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
      cwd: ROOT,
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`cli ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return run.stdout.split('\n').filter((l) => l !== '');
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

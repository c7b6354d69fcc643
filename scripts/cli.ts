// Node wrapper of the terminal entry: reads stdin, runs lib/cli, writes stdout/stderr. All behaviour is in lib/cli.
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE } from '../lib/cli/args';
import { runCli } from '../lib/cli/run';
import { parseScanArgs, runScan, scanCommand } from '../lib/cli/scan';
import packageJson from '../package.json';

async function scan(argv: string[]): Promise<number> {
  const parsed = parseScanArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`why-denied: ${parsed.error}\n`);
    return 2;
  }
  return runScan(parsed.options, {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    progress: process.stderr.isTTY === true,
    stdin: process.stdin,
  });
}

async function main(): Promise<number> {
  // `scan` has its own arguments and reads files (lib/cli/scan.ts).
  const scanArgv = scanCommand(process.argv.slice(2));
  if (scanArgv) return scan(scanArgv);
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`why-denied: ${parsed.error}\n`);
    return 2;
  }
  const { options } = parsed;
  if (options.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(packageJson.version + '\n');
    return 0;
  }
  if (process.stdin.isTTY) process.stderr.write('why-denied: reading the error text from stdin (end with Ctrl-D)…\n');
  let input: string;
  try {
    // Invalid UTF-8 (binary pasted into a pipe) decodes to U+FFFD instead of failing.
    input = readFileSync(0).toString('utf8');
  } catch (error) {
    process.stderr.write(`why-denied: cannot read stdin: ${(error as Error).message}\n`);
    return 1;
  }
  return runCli(options, input, {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`why-denied: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

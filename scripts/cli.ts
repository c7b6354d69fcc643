// Node wrapper of the `why-denied` command: stdin as a stream, stdout with back-pressure, exit codes. All behaviour
// is in lib/cli. Stdin is read as a stream to its end, never with readFileSync(0): that throws EAGAIN when a
// parent (npm, a Node process, a shell pipe whose writer is still busy) hands over a non-blocking pipe that is empty
// at that moment.
import { parseArgs, USAGE } from '../lib/cli/args';
import { runCli } from '../lib/cli/run';
import { version } from '../package.json';

class StdinError extends Error {}

/** Stdin as text pieces until its end. Invalid UTF-8 (binary in a pipe) decodes to U+FFFD. */
async function* stdinText(): AsyncGenerator<string> {
  process.stdin.setEncoding('utf8'); // a character split across two reads is joined again
  try {
    for await (const piece of process.stdin) yield piece as string;
  } catch (error) {
    throw new StdinError(`cannot read stdin: ${(error as Error).message}`);
  }
}

function writeOut(text: string): void | Promise<void> {
  if (process.stdout.write(text)) return;
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
  });
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`why-denied: ${parsed.error}\n`);
    return 2;
  }
  const { options } = parsed;
  if (options.command === 'help') {
    await writeOut(USAGE);
    return 0;
  }
  if (options.command === 'version') {
    await writeOut(version + '\n');
    return 0;
  }
  if (process.stdin.isTTY) process.stderr.write('why-denied: reading the error text from stdin (end with Ctrl-D)…\n');
  return runCli(options, stdinText(), {
    out: writeOut,
    err: (text) => void process.stderr.write(text),
  });
}

// The reader went away (`why-denied explain | head -3`): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`why-denied: ${error instanceof StdinError ? message : `internal error: ${message}`}\n`);
    process.exitCode = 1;
  },
);

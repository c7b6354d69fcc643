// Argument parsing for the terminal entry (DESIGN.md Contract 1). Pure: returns either the options or the one-line
// message to print for unusable arguments, so the Node wrapper stays a few lines of I/O.
import type { Lang } from '../model';

export type CliCommand = 'parse' | 'explain' | 'help' | 'version';
export type CliFormat = 'text' | 'json' | 'jsonl';

export interface CliOptions {
  command: CliCommand;
  format: CliFormat;
  lang: Lang;
}

export type ArgsResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `why-denied — explain AWS access-denied errors from a terminal or CI log

Usage:
  npm run --silent cli -- parse [--jsonl]
  npm run --silent cli -- explain [--json | --jsonl] [--lang en|ja]
  npm run --silent cli -- scan [--json] [--since T] [--until T] PATH…   (see scan --help)

Commands:
  parse      read all of stdin as one text, print {"findings":[…]} (JSON)
  explain    read all of stdin, print a readable explanation of every denial in it
  scan       read CloudTrail logs (files, folders, lookup-events answers, Athena/Lake results): denials grouped

Options:
  --jsonl    batch mode: read JSON lines {"id":"…","text":"…"}, print one JSON line per input, in order
  --json     (explain) print {"explanations":[…]} instead of text
  --lang L   language of explanations: en (default) or ja
  -h, --help     show this help
  -v, --version  show the version

Exit code 0 whenever the input was read, also when nothing was found; 2 on unusable arguments.

Examples:
  aws s3 ls s3://my-bucket 2>&1 | npm run --silent cli -- explain
  pbpaste | npm run --silent cli -- parse
  npm run --silent cli -- explain --lang ja < ci.log
`;

export function parseArgs(argv: readonly string[]): ArgsResult {
  let command: CliCommand | null = null;
  let format: CliFormat = 'text';
  let lang: Lang = 'en';
  const formats = new Set<CliFormat>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    switch (arg) {
      case '-h':
      case '--help':
        return { ok: true, options: { command: 'help', format, lang } };
      case '-v':
      case '--version':
        return { ok: true, options: { command: 'version', format, lang } };
      case '--json':
      case '--jsonl':
        formats.add(arg.slice(2) as CliFormat);
        format = arg.slice(2) as CliFormat;
        break;
      case '--lang': {
        const value = argv[++i];
        if (value !== 'en' && value !== 'ja') return { ok: false, error: `--lang takes "en" or "ja", got ${describe(value)}` };
        lang = value;
        break;
      }
      default:
        if (arg.startsWith('--lang=')) {
          const value = arg.slice('--lang='.length);
          if (value !== 'en' && value !== 'ja') return { ok: false, error: `--lang takes "en" or "ja", got ${describe(value)}` };
          lang = value;
        } else if ((arg === 'parse' || arg === 'explain' || arg === 'help') && command === null) {
          command = arg;
        } else if (arg.startsWith('-')) {
          return { ok: false, error: `unknown option ${arg} (see --help)` };
        } else {
          return { ok: false, error: `unexpected argument ${describe(arg)}: the text is read from stdin (see --help)` };
        }
    }
  }
  if (command === null) return { ok: false, error: 'missing command: parse, explain or scan (see --help)' };
  if (formats.size > 1) return { ok: false, error: '--json and --jsonl cannot be combined' };
  if (command === 'parse' && format === 'json') format = 'text'; // parse always prints JSON; --json is harmless
  return { ok: true, options: { command, format, lang } };
}

function describe(value: string | undefined): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
}

// Arguments of the terminal entry (DESIGN.md Contract 1), tokenized by Node's util.parseArgs (lib/cli is the one
// Node-only corner of lib/). One table describes every command — its options, whether it takes operands, its help
// line — and the checks, the usage text and the "unknown command" list all come from it: a new command (`scan`)
// is a COMMANDS entry, its options in OPTIONS, and its runner. Pure otherwise: it returns the options or the
// one-line message for unusable arguments.
import { parseArgs as tokenize } from 'node:util';
import { LANGS } from '../i18n/index';
import type { Lang } from '../model';
import { limitSentence } from './messages';

export type CliFormat = 'text' | 'json' | 'jsonl';

interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** Accepted values of a string option. */
  choices?: readonly string[];
  /** Placeholder shown in the help: `--lang L`. */
  placeholder?: string;
  help: string;
}

/** Every option any command knows; a command lists the ones it accepts. */
const OPTIONS = {
  jsonl: { type: 'boolean', help: 'batch: read JSON lines {"id":"…","text":"…"}, print one JSON line per input line, in order' },
  json: { type: 'boolean', help: 'print {"explanations":[…]} instead of text (parse always prints JSON)' },
  lang: { type: 'string', choices: LANGS, placeholder: 'L', help: `language of explanations: ${LANGS.join(' or ')} (default en)` },
} satisfies Record<string, OptionSpec>;
type OptionName = keyof typeof OPTIONS;

interface CommandSpec {
  summary: string;
  /** Name of the operands in the help (e.g. `PATH…`); null when the command reads stdin only. */
  operands: string | null;
  options: readonly OptionName[];
}

export const COMMANDS = {
  parse: { summary: 'read stdin as one text, print {"findings":[…]} (JSON)', operands: null, options: ['json', 'jsonl'] },
  explain: { summary: 'read stdin, print a readable explanation of every denial in it', operands: null, options: ['json', 'jsonl', 'lang'] },
} satisfies Record<string, CommandSpec>;
export type CliCommandName = keyof typeof COMMANDS;
const COMMAND_NAMES = Object.keys(COMMANDS) as CliCommandName[];

export type CliCommand = CliCommandName | 'help' | 'version';

export interface CliOptions {
  command: CliCommand;
  format: CliFormat;
  lang: Lang;
  /** Positional arguments after the command (parse and explain take none; parseArgs always fills it). */
  operands?: string[];
}

export type ArgsResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const GLOBAL_HELP = `  -h, --help     show this help
  -v, --version  print the version`;

function optionLine(name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name];
  const left = `--${name}${spec.placeholder ? ' ' + spec.placeholder : ''}`;
  return `  ${left.padEnd(13)}  ${spec.help}`;
}

function usageLine(name: CliCommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  // --json and --jsonl exclude each other: one choice in the usage line.
  const both = spec.options.includes('json') && spec.options.includes('jsonl');
  const opts = spec.options
    .filter((o) => !(both && o === 'jsonl'))
    .map((o) => (both && o === 'json' ? '[--json | --jsonl]' : `[--${o}${(OPTIONS[o] as OptionSpec).placeholder ? ' ' + (OPTIONS[o] as OptionSpec).placeholder : ''}]`));
  return ['  why-denied', name, ...opts, ...(spec.operands ? [spec.operands] : [])].join(' ');
}

const allOptionNames = [...new Set(COMMAND_NAMES.flatMap((c) => [...COMMANDS[c].options]))];

export const USAGE = `why-denied — explain AWS access-denied errors from a terminal or a CI log

Usage:
${COMMAND_NAMES.map(usageLine).join('\n')}
  why-denied --help | --version
In a checkout of the repository, \`npm run --silent cli -- …\` and \`npx why-denied …\` are the same command.

Commands:
${COMMAND_NAMES.map((c) => `  ${c.padEnd(9)}  ${COMMANDS[c].summary}`).join('\n')}

Options:
${allOptionNames.map(optionLine).join('\n')}
${GLOBAL_HELP}

Stdin is read to its end, however it arrives (a file, a pipe whose writer is still running, a parent process).
${limitSentence('en')}
With --jsonl the limit applies to each line. Exit code 0 whenever the input was read, also when nothing was found;
2 on unusable arguments.

Examples:
  aws s3 ls s3://my-bucket 2>&1 | why-denied explain
  why-denied explain --lang ja < ci.log
  pbpaste | why-denied parse
  why-denied parse --jsonl < batch.jsonl > findings.jsonl
`;

export function parseArgs(argv: readonly string[]): ArgsResult {
  const { tokens } = tokenize({
    args: [...argv],
    options: {
      ...Object.fromEntries(
        Object.entries(OPTIONS as Record<string, OptionSpec>).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
      ),
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const base = { format: 'text' as CliFormat, lang: 'en' as Lang, operands: [] as string[] };
  // Help and version win wherever they stand: `why-denied explain --help` is a question, not a run.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { ok: true, options: { command: 'help', ...base } };
  if (tokens.some((t) => t.kind === 'option' && t.name === 'version')) return { ok: true, options: { command: 'version', ...base } };

  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const [first, ...operands] = positionals;
  if (first === undefined) return fail(`missing command (commands: ${COMMAND_NAMES.join(', ')}; see --help)`);
  if (!isCommand(first)) {
    const near = closest(first);
    return fail(`unknown command ${describe(first)}${near ? ` — did you mean "${near}"?` : ''} (commands: ${COMMAND_NAMES.join(', ')}; see --help)`);
  }
  const command: CommandSpec = COMMANDS[first];
  if (operands.length > 0 && command.operands === null) {
    return fail(`unexpected argument ${describe(operands[0])}: ${first} reads the text from stdin (see --help)`);
  }

  const seen = new Map<OptionName, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    if (!command.options.includes(name)) {
      return fail(`unknown option ${token.rawName.slice(0, 40)} for ${first} (options: ${command.options.map((o) => '--' + o).join(', ')}; see --help)`);
    }
    const spec: OptionSpec = OPTIONS[name];
    if (spec.type === 'boolean' && token.value !== undefined) return fail(`--${name} takes no value`);
    if (spec.type === 'string' && (token.value === undefined || (spec.choices && !spec.choices.includes(token.value)))) {
      const wanted = spec.choices ? spec.choices.map((c) => `"${c}"`).join(' or ') : (spec.placeholder ?? 'a value');
      return fail(`--${name} takes ${wanted}, got ${describe(token.value)}`);
    }
    seen.set(name, token.value);
  }
  if (seen.has('json') && seen.has('jsonl')) return fail('--json and --jsonl cannot be combined');
  // parse always prints JSON: --json asks for what it does anyway.
  const format: CliFormat = seen.has('jsonl') ? 'jsonl' : seen.has('json') && first !== 'parse' ? 'json' : 'text';
  const lang = (seen.get('lang') as Lang | undefined) ?? 'en';
  return { ok: true, options: { command: first, format, lang, operands } };
}

function isCommand(name: string): name is CliCommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

function fail(error: string): ArgsResult {
  return { ok: false, error };
}

/** The command a typo most likely meant (at most two edits away), or null. */
function closest(word: string): CliCommandName | null {
  if (word.length > 40) return null;
  let best: CliCommandName | null = null;
  let bestDistance = 3;
  for (const name of COMMAND_NAMES) {
    const d = distance(word.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Optimal string alignment distance: a swapped pair of letters (explian) counts as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function describe(value: string | undefined): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
}

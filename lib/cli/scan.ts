// `why-denied scan` (DESIGN.md Contract 1): every denial in CloudTrail, grouped and explained. Its own arguments and
// run, so the terminal entry only hands over argv when the command is `scan` (scanCommand). Node only (files).
import { explain } from '../explain/index';
import type { Explanation, Lang } from '../model';
import { DenialGroups, MAX_GROUPS } from '../scan/group';
import { readPaths, type FileError, type ReadStats } from '../scan/files';
import { formatScan, scanJson, type ScanTotals } from '../scan/report';
import { buildQuery, eventDataStoreId, validTableName, type Dialect } from '../scan/sql';
import { parseTime } from '../scan/window';

export const SCAN_USAGE = `why-denied scan — every denial in CloudTrail, grouped and explained

Usage:
  why-denied scan [--json] [--since T] [--until T] [--lang en|ja] [--top N] PATH…
  why-denied scan --athena-sql TABLE [--since T] [--until T]
  why-denied scan --lake-sql EVENT_DATA_STORE [--since T] [--until T]

PATH: CloudTrail log files (.json.gz, .json) or folders of them (AWSLogs/<account>/CloudTrail/<region>/…, read
recursively), \`aws cloudtrail lookup-events\` answers, JSON lines of events, Athena CSV or CloudTrail Lake
(get-query-results) results of the queries below; - reads stdin.

Options:
  --json          print {"events","denials","groups":[{"fingerprint","finding","count","firstSeen","lastSeen",…}]}
  --since T       only events at or after T: 2026-03-01, 2026-03-01T09:30Z, or back from now: 24h, 7d, 2w
  --until T       only events before T (a date alone includes that day)
  --lang L        language of the report: en (default) or ja
  --top N         explain only the N largest groups (all are listed; 0: all, the default)
  --athena-sql TABLE     print the Athena query (CloudTrail table as documented) that finds the same denials
  --lake-sql ID|ARN      print the CloudTrail Lake query for that event data store
                  (the SQL on stdout, how to run it and read its result on stderr)
  -h, --help      show this help

Exit code: 0 when CloudTrail was read (also with no denials, and when some files could not be read: each gets a
line on stderr and an entry in "errors"); 1 when nothing could be read; 2 on unusable arguments.
`;

export interface ScanOptions {
  json: boolean;
  lang: Lang;
  since: number | null;
  until: number | null;
  top: number;
  sql: { dialect: Dialect; table: string } | null;
  paths: string[];
  help: boolean;
}

export type ScanArgs = { ok: true; options: ScanOptions } | { ok: false; error: string };

/** Options that take a value (also used to find the command word in argv). */
const VALUED = new Set(['--since', '--until', '--lang', '--top', '--athena-sql', '--lake-sql']);

/**
 * The scan's argv when the command word is `scan` (options may come before it), else null: the hook the terminal
 * entry calls before its own argument parser.
 */
export function scanCommand(argv: readonly string[]): string[] | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return null;
    if (VALUED.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return arg === 'scan' ? [...argv.slice(0, i), ...argv.slice(i + 1)] : null;
  }
  return null;
}

function short(value: string | undefined): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
}

export function parseScanArgs(argv: readonly string[], now = Date.now()): ScanArgs {
  const options: ScanOptions = { json: false, lang: 'en', since: null, until: null, top: 0, sql: null, paths: [], help: false };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const takeValue = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (arg) {
      case '-h':
      case '--help':
        options.help = true;
        return { ok: true, options };
      case '--json':
        options.json = true;
        break;
      case '--lang': {
        const value = takeValue();
        if (value !== 'en' && value !== 'ja') return { ok: false, error: `--lang takes "en" or "ja", got ${short(value)}` };
        options.lang = value;
        break;
      }
      case '--since':
      case '--until': {
        const value = takeValue();
        if (value === undefined) return { ok: false, error: `${arg} needs a time (see --help)` };
        const edge = arg === '--since' ? 'since' : 'until';
        const t = parseTime(value, edge, now);
        if (!t.ok) return { ok: false, error: t.error };
        options[edge] = t.ms;
        break;
      }
      case '--top': {
        const value = takeValue();
        const n = Number(value);
        if (value === undefined || !Number.isSafeInteger(n) || n < 0) return { ok: false, error: `--top takes a number of groups (0: all), got ${short(value)}` };
        options.top = n;
        break;
      }
      case '--athena-sql':
      case '--lake-sql': {
        const value = takeValue();
        const dialect: Dialect = arg === '--athena-sql' ? 'athena' : 'lake';
        if (options.sql) return { ok: false, error: '--athena-sql and --lake-sql cannot be combined' };
        if (dialect === 'athena') {
          if (value === undefined || !validTableName(value)) {
            return { ok: false, error: `--athena-sql takes the CloudTrail table's name (e.g. cloudtrail_logs or mydb.cloudtrail_logs), got ${short(value)}` };
          }
          options.sql = { dialect, table: value };
        } else {
          const id = value === undefined ? null : eventDataStoreId(value);
          if (id === null) return { ok: false, error: `--lake-sql takes an event data store ID or ARN, got ${short(value)}` };
          options.sql = { dialect, table: id };
        }
        break;
      }
      default:
        return { ok: false, error: `unknown option ${short(arg)} for scan (see scan --help)` };
    }
  }
  if (options.since !== null && options.until !== null && options.since >= options.until) {
    return { ok: false, error: '--since must be before --until' };
  }
  if (!options.sql && options.paths.length === 0) return { ok: false, error: 'scan needs a file or folder to read (or - for stdin; see scan --help)' };
  if (options.sql && options.paths.length > 0) return { ok: false, error: '--athena-sql/--lake-sql print a query and read no files' };
  return { ok: true, options };
}

export interface ScanIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: then a progress line is kept up to date there. */
  progress: boolean;
  stdin?: AsyncIterable<Buffer | string>;
  now?: () => number;
}

function progressLine(stats: ReadStats, groups: DenialGroups): string {
  const mb = (stats.chars / 1e6).toFixed(0);
  return `scanning: ${stats.files + stats.errors.length} files, ${mb} MB, ${groups.events.toLocaleString('en-US')} events, ${groups.denials.toLocaleString('en-US')} denials…`;
}

export async function runScan(options: ScanOptions, io: ScanIo): Promise<number> {
  if (options.help) {
    io.out(SCAN_USAGE);
    return 0;
  }
  const window = { since: options.since, until: options.until };
  if (options.sql) {
    // The SQL alone on stdout (`> denials.sql`), how to run it on stderr.
    const query = buildQuery({ dialect: options.sql.dialect, table: options.sql.table, window, now: (io.now ?? Date.now)() });
    io.out(query.sql);
    io.err(query.notes.map((line) => `-- ${line}`).join('\n') + '\n');
    return 0;
  }
  const groups = new DenialGroups(window);
  const now = io.now ?? Date.now;
  let lastProgress = 0;
  let shown = false;
  const clear = () => {
    if (shown) io.err('\r\x1b[K');
    shown = false;
  };
  const stats = await readPaths(options.paths, groups, {
    stdin: io.stdin,
    onError: (e: FileError) => {
      clear();
      io.err(`why-denied scan: ${e.path}: ${e.error}\n`);
    },
    onProgress: (s) => {
      if (!io.progress) return;
      const t = now();
      if (t - lastProgress < 200) return;
      lastProgress = t;
      io.err(`\r\x1b[K${progressLine(s, groups)}`);
      shown = true;
    },
  });
  clear();
  const result = groups.result();
  const totals: ScanTotals = {
    events: groups.events,
    denials: groups.denials,
    files: stats.files,
    skipped: stats.skipped,
    duplicates: groups.duplicates,
    outside: groups.outside,
    ungrouped: groups.ungrouped,
    since: options.since,
    until: options.until,
    errors: stats.errors,
  };
  const read = stats.files > 0 || stats.skipped > 0;
  if (!read) {
    io.err(`why-denied scan: nothing could be read as CloudTrail${stats.errors.length ? '' : ' (no log files found under the paths)'}\n`);
  }
  if (options.json) {
    io.out(JSON.stringify(scanJson(totals, result)) + '\n');
    return read ? 0 : 1;
  }
  if (groups.ungrouped > 0) io.err(`why-denied scan: more than ${MAX_GROUPS.toLocaleString('en-US')} distinct denials; the rest are counted, not grouped\n`);
  const limit = options.top > 0 ? Math.min(options.top, result.length) : result.length;
  if (options.top === 0 && result.length > 50) io.err(`why-denied scan: explaining ${result.length} groups; --top 20 explains only the largest\n`);
  const explanations: Explanation[] = [];
  for (let i = 0; i < limit; i++) {
    const finding = result[i]!.finding;
    explanations.push(await explain(finding, { lang: options.lang, context: finding.message }));
  }
  io.out(formatScan(totals, result, explanations, options.lang));
  return read ? 0 : 1;
}

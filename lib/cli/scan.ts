// `why-denied scan` (DESIGN.md Contract 1): every denial in CloudTrail, grouped and explained. lib/cli/args.ts reads
// its options with every other command's; this file checks what only a scan knows and runs it. Node only (files).
import { explain } from '../explain/index';
import { parseArgs, type CliOptions } from './args';
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

/**
 * The scan's options from the terminal entry's arguments (lib/cli/args.ts tokenizes and checks every command's
 * options from one table); here what only a scan knows: times, counts, table names, files.
 */
export function scanOptions(cli: CliOptions, now = Date.now()): ScanArgs {
  const values = cli.values ?? {};
  const options: ScanOptions = { json: cli.format === 'json', lang: cli.lang, since: null, until: null, top: 0, sql: null, paths: [...(cli.operands ?? [])], help: false };
  for (const edge of ['since', 'until'] as const) {
    const value = values[edge];
    if (value === undefined) continue;
    const t = parseTime(value, edge, now);
    if (!t.ok) return { ok: false, error: t.error };
    options[edge] = t.ms;
  }
  if (values.top !== undefined) {
    const n = Number(values.top);
    if (values.top.trim() === '' || !Number.isSafeInteger(n) || n < 0) return { ok: false, error: `--top takes a number of groups (0: all), got ${short(values.top)}` };
    options.top = n;
  }
  const athena = values['athena-sql'];
  const lake = values['lake-sql'];
  if (athena !== undefined && lake !== undefined) return { ok: false, error: '--athena-sql and --lake-sql cannot be combined' };
  if (athena !== undefined) {
    if (!validTableName(athena)) {
      return { ok: false, error: `--athena-sql takes the CloudTrail table's name (e.g. cloudtrail_logs or mydb.cloudtrail_logs), got ${short(athena)}` };
    }
    options.sql = { dialect: 'athena', table: athena };
  }
  if (lake !== undefined) {
    const id = eventDataStoreId(lake);
    if (id === null) return { ok: false, error: `--lake-sql takes an event data store ID or ARN, got ${short(lake)}` };
    options.sql = { dialect: 'lake', table: id };
  }
  if (options.since !== null && options.until !== null && options.since >= options.until) {
    return { ok: false, error: '--since must be before --until' };
  }
  if (!options.sql && options.paths.length === 0) return { ok: false, error: 'scan needs a file or folder to read (or - for stdin; see scan --help)' };
  if (options.sql && options.paths.length > 0) return { ok: false, error: '--athena-sql/--lake-sql print a query and read no files' };
  return { ok: true, options };
}

function short(value: string | undefined): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
}

/** `why-denied scan ARGV…` in one call: the command's arguments as the terminal entry reads them. */
export function parseScanArgs(argv: readonly string[], now = Date.now()): ScanArgs {
  const parsed = parseArgs(['scan', ...argv]);
  if (!parsed.ok) return parsed;
  if (parsed.options.command === 'help') return { ok: true, options: { ...EMPTY, help: true } };
  return scanOptions(parsed.options, now);
}

const EMPTY: ScanOptions = { json: false, lang: 'en', since: null, until: null, top: 0, sql: null, paths: [], help: false };

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

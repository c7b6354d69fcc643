// What `scan` prints: the JSON of DESIGN.md Contract 1 (`{"events","denials","groups":[{"fingerprint","finding",
// "count","firstSeen","lastSeen", …summaries}]}` plus what the reader saw), and a readable report — totals, one line
// per group (largest first), then each group with who/where/what client and its explanation (lib/explain), in
// English or Japanese.
import { formatExplanation } from '../explain/format-text';
import type { Explanation, Lang } from '../model';
import type { ScanGroup, TallySummary } from './group';
import type { FileError } from './files';

/** The format tag the side panel's import recognises (lib/history/scan-import.ts). */
export { SCAN_FORMAT } from '../history/scan-import';
import { SCAN_FORMAT } from '../history/scan-import';

export interface ScanTotals {
  events: number;
  denials: number;
  files: number;
  skipped: number;
  duplicates: number;
  outside: number;
  ungrouped: number;
  since: number | null;
  until: number | null;
  errors: FileError[];
}

export interface ScanJson {
  format: typeof SCAN_FORMAT;
  events: number;
  denials: number;
  groups: ScanGroup[];
  since: string | null;
  until: string | null;
  files: number;
  skipped: number;
  duplicates: number;
  outside: number;
  ungrouped: number;
  errors: FileError[];
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function scanJson(totals: ScanTotals, groups: ScanGroup[]): ScanJson {
  return {
    format: SCAN_FORMAT,
    events: totals.events,
    denials: totals.denials,
    groups,
    since: iso(totals.since),
    until: iso(totals.until),
    files: totals.files,
    skipped: totals.skipped,
    duplicates: totals.duplicates,
    outside: totals.outside,
    ungrouped: totals.ungrouped,
    errors: totals.errors,
  };
}

const TEXT = {
  en: {
    title: 'CloudTrail scan',
    totals: (events: string, files: string, denials: string, groups: string) =>
      `${events} ${events === '1' ? 'event' : 'events'} in ${files}: ${denials} ${denials === '1' ? 'denial' : 'denials'} in ${groups}.`,
    file: (n: number) => (n === 1 ? '1 file' : `${n.toLocaleString('en-US')} files`),
    group: (n: number) => (n === 1 ? '1 group' : `${n.toLocaleString('en-US')} groups`),
    window: (since: string, until: string) => `Window: ${since} – ${until} (UTC).`,
    open: 'open',
    skipped: (n: number) => `${n} digest file${n === 1 ? '' : 's'} or folder${n === 1 ? '' : 's'} skipped.`,
    duplicates: (n: number) => `${n.toLocaleString('en-US')} denials were read twice (same eventID) and counted once.`,
    outside: (n: number) => `${n.toLocaleString('en-US')} events outside the window were left out.`,
    ungrouped: (n: number, max: number) => `${n.toLocaleString('en-US')} denials belong to groups beyond the first ${max.toLocaleString('en-US')} and are counted, not listed.`,
    errors: (n: number) => `${n} file${n === 1 ? '' : 's'} could not be read (see the messages above).`,
    none: 'No denials: no authorization or credentials failure in these events.',
    header: ['#', 'Count', 'Last seen (UTC)', 'Denial'],
    by: 'by',
    on: 'on',
    groupTitle: (i: number, n: number, count: string) => `Group ${i}/${n}: ${count} denial${count === '1' ? '' : 's'}`,
    seen: (first: string, last: string) => `First seen ${first}, last seen ${last} (UTC)`,
    who: 'Principals',
    from: 'Source IPs',
    agents: 'User agents',
    regions: 'Regions',
    more: (n: string) => `${n} more`,
    shown: (shown: number, total: number) => `Explained: the ${shown} largest of ${total} groups (--top 0 explains all; --json lists all).`,
    unknownAction: '(action not named)',
  },
  ja: {
    title: 'CloudTrail スキャン',
    totals: (events: string, files: string, denials: string, groups: string) =>
      `${files} の ${events} 件のイベント: 拒否 ${denials} 件 (${groups})。`,
    file: (n: number) => `${n.toLocaleString('ja-JP')} ファイル`,
    group: (n: number) => `${n.toLocaleString('ja-JP')} グループ`,
    window: (since: string, until: string) => `期間: ${since} – ${until} (UTC)。`,
    open: '指定なし',
    skipped: (n: number) => `ダイジェストファイル・フォルダー ${n} 件をスキップしました。`,
    duplicates: (n: number) => `同じ eventID で 2 回読まれた拒否 ${n.toLocaleString('ja-JP')} 件は 1 回として数えました。`,
    outside: (n: number) => `期間外のイベント ${n.toLocaleString('ja-JP')} 件を除外しました。`,
    ungrouped: (n: number, max: number) => `最初の ${max.toLocaleString('ja-JP')} グループ以外に属する拒否 ${n.toLocaleString('ja-JP')} 件は件数のみ数えました。`,
    errors: (n: number) => `${n} 件のファイルを読めませんでした (上のメッセージを参照)。`,
    none: '拒否はありません: これらのイベントに認可・認証情報のエラーはありません。',
    header: ['#', '件数', '最終 (UTC)', '拒否'],
    by: '実行者',
    on: '対象',
    groupTitle: (i: number, n: number, count: string) => `グループ ${i}/${n}: 拒否 ${count} 件`,
    seen: (first: string, last: string) => `初回 ${first}、最終 ${last} (UTC)`,
    who: 'プリンシパル',
    from: '送信元 IP',
    agents: 'ユーザーエージェント',
    regions: 'リージョン',
    more: (n: string) => `ほか ${n} 件`,
    shown: (shown: number, total: number) => `説明は件数の多い ${shown} グループのみ (全 ${total} グループ。--top 0 ですべて説明、--json ですべて一覧)。`,
    unknownAction: '(アクション不明)',
  },
} as const;

function when(value: string): string {
  return value ? value.replace('T', ' ').replace(/\.\d{3}Z$/, '').replace(/Z$/, '') : '—';
}

function num(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

/** One line per group for the table: what was denied, on what, to whom. */
function headline(g: ScanGroup, lang: Lang): string {
  const t = TEXT[lang];
  const f = g.finding;
  const what = f.action ?? (f.operation ? `${f.operation}` : f.category === 'credentials' ? `${f.errorCode ?? 'credentials'}` : t.unknownAction);
  const parts = [f.category === 'credentials' ? `${f.errorCode ?? 'credentials'}${f.operation ? ` (${f.operation})` : ''}` : what];
  if (f.resource) parts.push(`${t.on} ${f.resource}`);
  const who = f.principal ?? g.principals.top[0]?.value ?? f.accountId;
  if (who) parts.push(`${t.by} ${who}`);
  return parts.join(' ');
}

function summaryLine(label: string, s: TallySummary, lang: Lang, limit = 5): string | null {
  if (s.top.length === 0) return null;
  const shown = s.top.slice(0, limit).map((e) => `${e.value} (${num(e.count, lang)})`);
  const rest = s.distinct - Math.min(limit, s.top.length);
  if (rest > 0) shown.push(TEXT[lang].more(`${num(rest, lang)}${s.capped ? '+' : ''}`));
  return `${label}: ${shown.join(', ')}`;
}

/** The readable report; `explanations[i]` belongs to `groups[i]` (fewer when --top limits them). */
export function formatScan(totals: ScanTotals, groups: ScanGroup[], explanations: Explanation[], lang: Lang): string {
  const t = TEXT[lang];
  const out: string[] = [];
  out.push(`${t.title}: ${t.totals(num(totals.events, lang), t.file(totals.files), num(totals.denials, lang), t.group(groups.length))}`);
  if (totals.since !== null || totals.until !== null) {
    out.push(t.window(totals.since === null ? t.open : when(new Date(totals.since).toISOString()), totals.until === null ? t.open : when(new Date(totals.until).toISOString())));
  }
  if (totals.skipped > 0) out.push(t.skipped(totals.skipped));
  if (totals.duplicates > 0) out.push(t.duplicates(totals.duplicates));
  if (totals.outside > 0) out.push(t.outside(totals.outside));
  if (totals.ungrouped > 0) out.push(t.ungrouped(totals.ungrouped, groups.length));
  if (totals.errors.length > 0) out.push(t.errors(totals.errors.length));
  if (groups.length === 0) {
    out.push('', t.none);
    return out.join('\n') + '\n';
  }
  // The table: largest first.
  const width = Math.max(t.header[1].length, ...groups.map((g) => num(g.count, lang).length));
  const idWidth = String(groups.length).length;
  out.push('');
  out.push(`${t.header[0].padStart(idWidth)}  ${t.header[1].padStart(width)}  ${t.header[2].padEnd(19)}  ${t.header[3]}`);
  groups.forEach((g, i) => {
    out.push(`${String(i + 1).padStart(idWidth)}  ${num(g.count, lang).padStart(width)}  ${when(g.lastSeen).padEnd(19)}  ${headline(g, lang)}`);
  });
  // Each group with its explanation.
  explanations.forEach((e, i) => {
    const g = groups[i]!;
    out.push('', '═'.repeat(72), t.groupTitle(i + 1, groups.length, num(g.count, lang)) + ` · ${headline(g, lang)}`);
    out.push(t.seen(when(g.firstSeen), when(g.lastSeen)));
    for (const line of [
      summaryLine(t.who, g.principals, lang),
      summaryLine(t.from, g.sourceIps, lang),
      summaryLine(t.agents, g.userAgents, lang, 3),
      summaryLine(t.regions, g.regions, lang),
    ]) {
      if (line) out.push(line);
    }
    out.push('', formatExplanation(e));
  });
  if (explanations.length < groups.length) out.push('', t.shown(explanations.length, groups.length));
  return out.join('\n') + '\n';
}

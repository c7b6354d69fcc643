// Tells the background what the page shows (history and badge). Messages are coalesced — a banner rewritten every
// millisecond yields a few messages a second — and a page inventing denials cannot grow the history without bound.
import type { Finding } from '../../lib/model';

/** Distinct denials one document may add to the history. */
export const MAX_REPORTED = 200;
/** The first report goes at once; later ones at most this often. */
export const REPORT_INTERVAL_MS = 250;

export interface ReporterDeps {
  /** Null until the engine (which knows the fingerprint) is loaded: nothing is reported before. */
  keyOf(): ((finding: Finding) => string) | null;
  send(findings: Finding[]): void;
  isInvalid(): boolean;
  setTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(timer: ReturnType<typeof setTimeout>): void;
}

export interface Reporter {
  /** The detector's latest findings on the page. */
  changed(findings: Finding[]): void;
  stop(): void;
}

export function findingsReporter(deps: ReporterDeps): Reporter {
  const reported = new Set<string>();
  let latest: Finding[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = '';

  const flush = () => {
    timer = null;
    const keyOf = deps.keyOf();
    if (deps.isInvalid() || !keyOf) return;
    const allowed = latest.filter((finding) => {
      const key = keyOf(finding);
      if (reported.has(key)) return true;
      if (reported.size >= MAX_REPORTED) return false;
      reported.add(key);
      return true;
    });
    const signature = allowed.map(keyOf).sort().join(' ');
    if (signature === lastSent) return;
    lastSent = signature;
    deps.send(allowed);
  };

  return {
    changed(findings) {
      latest = findings;
      if (timer === null) timer = deps.setTimeout(flush, lastSent === '' ? 0 : REPORT_INTERVAL_MS);
    },
    stop() {
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
    },
  };
}

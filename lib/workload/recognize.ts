// Recognise the workload behind a finding's principal from the finding alone (no AWS calls): the pattern table
// decides, the strongest row wins, and weaker readings of another kind stay as alternatives.
import type { Finding, Workload } from '../model';
import { contextAround, MAX_TEXT } from './context';
import { PATTERNS } from './patterns';
import { isAccountId } from '../arn';
import { IAM_NAME, containsMask, isWhollyMasked } from '../mask';
import { principalParts } from './principal';
import { sessionShape } from './session';
import type { Alternative, Clues, Confidence, PatternRow, RowMatch, WorkloadGuess } from './types';

const RANK: Record<Confidence, number> = { certain: 3, probable: 2, possible: 1 };
// Real role and session names are at most 64 characters; longer input is junk and only slows the regexes.
const MAX_NAME = 256;

export interface RecognizeOptions {
  /**
   * The text around the finding when the caller has it (the whole paste, the console alert, the CLI input).
   * A finding's own `message` is only the denial sentence; runtime clues such as a Lambda stack trace
   * (/var/task/…), a kubectl line or a stack event usually sit around it.
   */
  context?: string;
  rows?: readonly PatternRow[];
}

/** The `Workload` of the Explanation contract, or null when no pattern matches. */
export function recognizeWorkload(finding: Finding, options: RecognizeOptions = {}): Workload | null {
  const guess = guessWorkload(finding, options);
  if (!guess) return null;
  const { kind, name, roleArn, confidence } = guess;
  return { kind, name, roleArn, confidence };
}

/** The richer answer: which rule decided, the platform, the alternatives, whether the role path is known. */
export function guessWorkload(finding: Finding, options: RecognizeOptions = {}): WorkloadGuess | null {
  const rows = options.rows ?? PATTERNS;
  const clues = readClues(finding, options.context);
  const matches: Array<{ row: PatternRow; match: RowMatch }> = [];
  for (const row of rows) {
    const match = row.match(clues);
    if (match) matches.push({ row, match });
  }
  let best: { row: PatternRow; match: RowMatch } | undefined;
  for (const m of matches) if (!best || RANK[m.match.confidence] > RANK[best.match.confidence]) best = m;
  if (!best) return null;
  const { row, match } = best;
  const role = roleOf(clues, match);
  return {
    kind: match.kind,
    name: match.name,
    roleArn: role.arn,
    confidence: match.confidence,
    rule: row.id,
    platform: match.platform ?? null,
    cdkRole: match.cdkRole ?? null,
    rolePathKnown: role.pathKnown,
    roleName: clues.roleName,
    sessionName: clues.session,
    alternatives: alternativesOf(match, matches.filter((m) => m !== best)),
  };
}

export function readClues(finding: Finding, context?: string): Clues {
  const principal = principalParts(cap(finding.principal, 2048));
  const session = cap(principal.sessionName, MAX_NAME);
  const roleName = isWhollyMasked(principal.roleName) ? null : cap(principal.roleName, MAX_NAME);
  return {
    finding,
    principal,
    session,
    shape: sessionShape(session),
    roleName,
    action: (finding.action ?? '').trim().toLowerCase().slice(0, MAX_NAME),
    text: [typeof finding.message === 'string' ? finding.message.slice(0, MAX_TEXT) : null, contextAround(context, finding)]
      .filter((t): t is string => typeof t === 'string' && t !== '')
      .join('\n'),
  };
}

function cap(value: string | null | undefined, max: number): string | null {
  if (typeof value !== 'string') return null;
  return value.length > max ? value.slice(0, max) : value;
}

function roleOf(c: Clues, match: RowMatch): { arn: string | null; pathKnown: boolean } {
  // `Workload.roleArn` is the role a fix may land on: never an Identity Center role (the permission set owns it)
  // nor a service-linked role (AWS owns it).
  if (match.kind === 'identity-center' || match.kind === 'service-linked') return { arn: null, pathKnown: false };
  if (match.roleArn) return { arn: match.roleArn, pathKnown: true };
  const p = c.principal;
  // A role name partly hidden (`…LambdaServiceRole...`, a writer's `<envname>-gateway-role`) still names the workload,
  // but no fix can land on it: the principal's own target then carries the placeholder.
  if (containsMask(c.roleName) || !IAM_NAME.test(c.roleName ?? '')) return { arn: null, pathKnown: false };
  if (p.kind === 'role' && c.finding.principal) return { arn: c.finding.principal.trim(), pathKnown: true };
  if (p.kind !== 'assumed-role') return { arn: null, pathKnown: false };
  // An assumed-role ARN keeps the role's name but not its path; the ARN is only usable with a real account id.
  if (!isAccountId(p.account)) return { arn: null, pathKnown: false };
  return { arn: `arn:${p.partition ?? 'aws'}:iam::${p.account}:role/${c.roleName}`, pathKnown: false };
}

function alternativesOf(chosen: RowMatch, others: Array<{ row: PatternRow; match: RowMatch }>): Alternative[] {
  const key = (a: { kind: string; platform?: string | undefined }) => `${a.kind}/${a.platform ?? ''}`;
  const seen = new Map<string, Alternative>([[key(chosen), { kind: chosen.kind, confidence: chosen.confidence, rule: '' }]]);
  const out: Alternative[] = [];
  const add = (alt: Alternative) => {
    const k = key(alt);
    const prior = seen.get(k);
    if (prior && RANK[prior.confidence] >= RANK[alt.confidence]) return;
    seen.set(k, alt);
    const i = out.findIndex((o) => key(o) === k);
    if (i >= 0) out.splice(i, 1);
    out.push(alt);
  };
  for (const a of chosen.also ?? []) add({ ...a, rule: 'same-rule' });
  for (const { row, match } of others) {
    add({ kind: match.kind, confidence: match.confidence, rule: row.id, ...(match.platform ? { platform: match.platform } : {}) });
    for (const a of match.also ?? []) add({ ...a, rule: row.id });
  }
  return out.sort((a, b) => RANK[b.confidence] - RANK[a.confidence]);
}

/**
 * The richer guess for a plain `Workload` (e.g. one stored in an Explanation): recomputed from the finding when
 * it agrees on the kind, else rebuilt from the fields given.
 */
export function toWorkloadGuess(workload: Workload | WorkloadGuess, finding: Finding, context?: string): WorkloadGuess {
  if ('rule' in workload) return workload;
  const again = guessWorkload(finding, context === undefined ? {} : { context });
  if (again && again.kind === workload.kind) return { ...again, name: workload.name, roleArn: workload.roleArn, confidence: workload.confidence };
  const roleName = workload.roleArn?.split('/').pop() ?? null;
  return { ...workload, rule: 'given', platform: null, cdkRole: null, rolePathKnown: false, roleName, sessionName: null, alternatives: [] };
}

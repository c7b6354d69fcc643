// Shared by the per-layer table tests: one row is a finding and what the layer's playbook must answer for it —
// owner, reason, allow fix, deny fix and checks — asked of the playbook directly, beside the whole explanation.
import { expect } from 'vitest';
import { buildContext, type Ctx } from '../../../../lib/explain/context';
import { readFacts } from '../../../../lib/explain/facts';
import type { LayerPlaybook } from '../../../../lib/explain/layers/types';
import type { CauseDetail, RankedCause } from '../../../../lib/explain/rank';
import type { Fix, Finding, Lang, Who } from '../../../../lib/model';
import { allServices } from '../../iam/all-services';

const iam = allServices();

export interface Row {
  name: string;
  finding: Finding;
  /** The cause the playbook is asked about. */
  cause: Partial<RankedCause>;
  who: Who;
  /** Words the reason must contain (non-certain causes). */
  reason?: RegExp;
  /** What the fix must be: a policy containing these strings, an edit, or no document. */
  fix: { policy?: string[]; edit?: string[]; none?: true; note?: RegExp };
  /** Commands the checks must contain. */
  checks?: string[];
}

export function ctxOf(f: Finding, lang: Lang = 'en'): Ctx {
  return buildContext(readFacts(f), iam, lang);
}

export function runRow(playbook: LayerPlaybook, row: Row): void {
  for (const lang of ['en', 'ja'] as const) {
    const ctx = ctxOf(row.finding, lang);
    const cause: RankedCause = { policyType: playbook.layer, likelihood: 'likely', denyKind: 'implicit', detail: null as CauseDetail | null, ...row.cause };
    expect(playbook.owner(ctx.facts), row.name).toBe(row.who);
    const reason = playbook.reason(ctx, cause);
    expect(reason.length, row.name).toBeGreaterThan(10);
    if (lang === 'en' && row.reason) expect(reason, row.name).toMatch(row.reason);
    if (lang === 'ja') expect(reason, row.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const fix: Fix | null = cause.denyKind === 'explicit' ? playbook.denyFix(ctx, cause) : playbook.allowFix(ctx, cause);
    expect(fix, row.name).not.toBeNull();
    expect(fix?.target, row.name).toBe(playbook.target);
    expect(fix?.who, row.name).toBe(row.who);
    if (row.fix.policy) {
      const json = JSON.stringify(fix?.policy);
      for (const s of row.fix.policy) expect(json, row.name).toContain(s);
      expect(fix?.edit ?? null, row.name).toBeNull();
    }
    if (row.fix.edit) {
      expect(fix?.policy, row.name).toBeNull();
      const json = JSON.stringify(fix?.edit);
      for (const s of row.fix.edit) expect(json, row.name).toContain(s);
    }
    if (row.fix.none) {
      expect(fix?.policy, row.name).toBeNull();
      expect(fix?.edit ?? null, row.name).toBeNull();
    }
    if (lang === 'en' && row.fix.note) expect(fix?.note, row.name).toMatch(row.fix.note);
    const commands = playbook.checks(ctx, cause).map((s) => s.command ?? '').join('\n');
    for (const c of row.checks ?? []) expect(commands, row.name).toContain(c);
  }
}

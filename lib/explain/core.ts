// The synchronous explainer: finding + the IAM data it needs → Explanation. Pure, no loading, no I/O, so tests
// and the eval drive it directly; lib/explain/index.ts wraps it with lazy loading of the IAM data.
import type { IamIndex } from '../iam/index';
import type { Explanation, Finding, Lang, Step, Workload } from '../model';
import { buildChecks, commandsOf } from '../steps/index';
import { guessWorkload, toWorkloadGuess } from '../workload/recognize';
import type { WorkloadGuess } from '../workload/types';
import { buildAdminRequest } from './admin-request';
import { describeCauses } from './causes';
import { buildContext, type Ctx } from './context';
import { readFacts } from './facts';
import { buildFixes } from './fixes';
import { buildLinks } from './links';
import { rankCauses, type RankedCause } from './rank';
import { verdictFrom } from './verdict';

export interface ExplainOptions {
  lang: Lang;
  /**
   * The workload behind the principal when the caller already knows it; null says "none". Left out, it is
   * recognised from the finding and `context` (lib/workload).
   */
  workload?: Workload | null;
  /**
   * The text around the finding — the whole paste, the console alert, the CLI input. A finding's `message` is
   * only the denial sentence; runtime clues (a Lambda stack trace, a kubectl line, a stack event) sit around it.
   */
  context?: string;
  /** When the denial happened (epoch ms), to bound the CloudTrail search of the steps; left out when unknown. */
  when?: number;
}

export function explainWith(finding: Finding, iam: IamIndex, langOrOptions: Lang | ExplainOptions): Explanation {
  const options: ExplainOptions = typeof langOrOptions === 'string' ? { lang: langOrOptions } : langOrOptions;
  const lang = options.lang === 'ja' ? 'ja' : 'en';
  const context = typeof options.context === 'string' ? options.context : undefined;
  const guess = workloadOf(finding, options.workload, context);
  const facts = readFacts(finding, context);
  const ranked = rankCauses(facts);
  const ctx = buildContext(facts, iam, lang, guess);
  const verdict = verdictFrom(facts, ranked, lang);
  const causes = describeCauses(ctx, ranked);
  const fixes = buildFixes(ctx, ranked);
  // One list of checks: the steps, and the same commands as `commands`.
  const steps = stepsOf(ctx, ranked, options.when);
  const commands = commandsOf(steps);
  const links = buildLinks(ctx, ranked);
  const adminRequest = buildAdminRequest(ctx, verdict, causes, fixes, commands);
  const workload: Workload | null = guess ? { kind: guess.kind, name: guess.name, roleArn: guess.roleArn, confidence: guess.confidence } : null;
  const explanation: Explanation = { finding, lang, verdict: verdict.text, causes, fixes, commands, links, adminRequest, workload, steps };
  const missing = iam.unavailableServices();
  if (missing.length) explanation.warnings = [ctx.t('warn.dataUnavailable', { services: missing.join(', ') })];
  return explanation;
}

// Recognition and the check list enrich an explanation; a failure in either must never cost the explanation
// itself (the causes and fixes stand without them).
function workloadOf(finding: Finding, given: Workload | null | undefined, context: string | undefined): WorkloadGuess | null {
  try {
    if (given === null) return null;
    if (given !== undefined) return toWorkloadGuess(given, finding, context);
    return guessWorkload(finding, context === undefined ? {} : { context });
  } catch {
    return null;
  }
}

function stepsOf(ctx: Ctx, ranked: RankedCause[], when: number | undefined): Step[] {
  try {
    return buildChecks(ctx, ranked, typeof when === 'number' && Number.isFinite(when) ? { when } : {});
  } catch {
    return [];
  }
}

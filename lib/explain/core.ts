// The synchronous explainer: finding + the IAM data it needs → Explanation. Pure, no loading, no I/O, so tests
// and the eval drive it directly; lib/explain/index.ts wraps it with lazy loading of the IAM data.
import type { IamIndex } from '../iam/index';
import type { Explanation, Finding, Lang, Workload } from '../model';
import { buildAdminRequest } from './admin-request';
import { describeCauses } from './causes';
import { buildCommands } from './commands';
import { buildContext } from './context';
import { readFacts } from './facts';
import { buildFixes } from './fixes';
import { rankCauses } from './layers';
import { buildLinks } from './links';
import { verdictFrom } from './verdict';

export interface ExplainOptions {
  lang: Lang;
  /**
   * The workload behind the principal, when known (issue 6): identity fixes then land on its role, and the
   * explanation carries it.
   */
  workload?: Workload | null;
}

export function explainWith(finding: Finding, iam: IamIndex, langOrOptions: Lang | ExplainOptions): Explanation {
  const options: ExplainOptions = typeof langOrOptions === 'string' ? { lang: langOrOptions } : langOrOptions;
  const lang = options.lang === 'ja' ? 'ja' : 'en';
  const workload = options.workload ?? null;
  const facts = readFacts(finding);
  const ranked = rankCauses(facts);
  const ctx = buildContext(facts, iam, lang, workload);
  const verdict = verdictFrom(facts, ranked, lang);
  const causes = describeCauses(ctx, ranked);
  const fixes = buildFixes(ctx, ranked);
  const commands = buildCommands(ctx, ranked);
  const links = buildLinks(ctx, ranked);
  const adminRequest = buildAdminRequest(ctx, verdict, causes, fixes, commands);
  return { finding, lang, verdict: verdict.text, causes, fixes, commands, links, adminRequest, workload, steps: [] };
}

// The explainer's entry: loads the IAM data of only the services this finding involves, then explains.
import { loadIndex } from '../iam/load';
import type { Explanation, Finding, Lang } from '../model';
import { neededServices } from './context';
import { explainWith, type ExplainOptions } from './core';
import { readFacts } from './facts';

export { explainWith, type ExplainOptions } from './core';
export { verdict, type Verdict } from './verdict';

export async function explain(finding: Finding, opts: { lang: Lang } & Partial<ExplainOptions>): Promise<Explanation> {
  const iam = await loadIndex(neededServices(readFacts(finding)));
  return explainWith(finding, iam, { lang: opts.lang, workload: opts.workload ?? null });
}

// The explainer's entry: loads the IAM data of only the services this finding involves, then explains.
import { IamIndex } from '../iam/index';
import { loadIndex } from '../iam/load';
import type { Explanation, Finding, Lang } from '../model';
import { neededServices } from './context';
import { explainWith, type ExplainOptions } from './core';
import { readFacts } from './facts';

export { explainWith, type ExplainOptions } from './core';
export { verdict, type Verdict } from './verdict';

export async function explain(finding: Finding, opts: { lang: Lang } & Partial<ExplainOptions>): Promise<Explanation> {
  let iam: IamIndex;
  try {
    iam = await loadIndex(neededServices(readFacts(finding)));
  } catch {
    // A service's data failed to load (e.g. the extension is being updated): explain without it — the causes,
    // commands and the message's own ARNs still hold; only resource shaping from the reference is lost.
    iam = new IamIndex([]);
  }
  return explainWith(finding, iam, opts);
}

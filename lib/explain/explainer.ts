// The explainer's asynchronous entry, over any IAM data loader: it loads the data of only the services this
// finding involves, then explains. Node binds the module loader (lib/explain/index.ts), the extension's
// background the JSON-file loader — both end in the same explainWith(), so every surface gives one explanation.
import type { IamIndex } from '../iam/index';
import type { Explanation, Finding, Lang } from '../model';
import { neededServices } from './context';
import { explainWith, type ExplainOptions } from './core';
import { readFacts } from './facts';

export type ExplainFn = (finding: Finding, opts: { lang: Lang } & Partial<ExplainOptions>) => Promise<Explanation>;

/** `loadIndex` never rejects for one unreadable service: it lists it on the index, and the explanation says so. */
export function createExplain(loadIndex: (services: Iterable<string>) => Promise<IamIndex>): ExplainFn {
  // The facts read with the context, as explainWith reads them: a clue there (a KMS ciphertext message around an SSM
  // or S3 call) can name the denied action, and its service's data must be loaded too.
  return async (finding, opts) => explainWith(finding, await loadIndex(neededServices(readFacts(finding, typeof opts.context === 'string' ? opts.context : undefined))), opts);
}

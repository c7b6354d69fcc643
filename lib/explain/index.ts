// The explainer for Node and the CLI: the IAM data comes from the generated modules (lib/iam/load.ts).
// The extension's background builds its own with createExplain() and the data files it ships.
import { loadIndex } from '../iam/load';
import { createExplain } from './explainer';

export { createExplain, type ExplainFn } from './explainer';
export { explainWith, type ExplainOptions } from './core';
export { verdict, type Verdict } from './verdict';

export const explain = createExplain(loadIndex);

// The real denials the explainer is measured on: the shared hand-labelled corpus next to the repository (read, never
// copied in; absent on machines without ../shared) and the project's own collected examples (tests/data).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CORPUS, readCorpus, repoRoot, type CorpusLine } from '../../scripts/eval/_parse-corpus';

// The eval runs these from a bundle under node_modules/.cache: find the repository by its package.json.
const root = repoRoot();

export const SHARED_CORPUS = resolve(root, DEFAULT_CORPUS);

/** The shared corpus, or null when ../shared is not there (callers say so visibly). */
export function sharedCorpus(): CorpusLine[] | null {
  return existsSync(SHARED_CORPUS) ? readCorpus(SHARED_CORPUS) : null;
}

export interface CollectedDenial {
  id: string;
  source: string;
  wording: string;
  class: string;
  split: 'tune' | 'holdout';
  text: string;
}

export const OWN_DENIALS = resolve(root, 'tests/data/denials.jsonl');

/** The denials collected from public posts for this project's tests (tests/data/README.md). */
export function ownDenials(): CollectedDenial[] {
  return readFileSync(OWN_DENIALS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CollectedDenial);
}

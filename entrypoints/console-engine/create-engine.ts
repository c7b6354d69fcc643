// The heavy half of the console content script, loaded on demand: parser, console phrasing, card UI and verdict
// texts. The always-loaded half (lib/detect's observer, prefilter and containers) stays within the page budget and
// pulls this in only when a page shows text that may be a denial.
import type { Engine } from '../../lib/detect/detector';
import { findingsIn } from '../../lib/detect/findings';
import { fingerprint } from '../../lib/history/fingerprint';
import { parse } from '../../lib/parse/index';
import { createCardLayer } from '../../components/card/card';
import type { CardEnv } from '../../components/card/types';
import { describe } from '../../components/card/describe';
import type { Finding } from '../../lib/model';

/** The card's actions as the content script performs them: with the text the finding was read from. */
export interface EngineEnv extends Omit<CardEnv, 'describe' | 'explain' | 'copyFix'> {
  explain(finding: Finding, context: string | undefined): ReturnType<CardEnv['explain']>;
  copyFix(finding: Finding, context: string | undefined): ReturnType<CardEnv['copyFix']>;
}
export type EngineFactory = (env: EngineEnv) => Engine;

export const createEngine: EngineFactory = (env) => {
  // The message's text goes with the finding to the background, as a pasted text goes from the popup and the CLI:
  // the explanation reads clues there that the finding's own message may not hold (a KMS ciphertext sentence after
  // the code), so the card explains what the terminal explains for the same text. Findings are the detector's
  // objects (cached per text), so a WeakMap keyed by them follows each card, group members included.
  const readFrom = new WeakMap<Finding, string>();
  return {
    findingsIn: (text, strength) => {
      const found = findingsIn(text, parse, strength);
      for (const finding of found) readFrom.set(finding, text);
      return found;
    },
    key: fingerprint,
    layer: createCardLayer({
      ...env,
      describe: (finding) => describe(finding, env.lang),
      explain: (finding) => env.explain(finding, readFrom.get(finding)),
      copyFix: (finding) => env.copyFix(finding, readFrom.get(finding)),
    }),
  };
};

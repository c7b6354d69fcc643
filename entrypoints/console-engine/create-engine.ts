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

export type EngineEnv = Omit<CardEnv, 'describe'>;
export type EngineFactory = (env: EngineEnv) => Engine;

export const createEngine: EngineFactory = (env) => ({
  findingsIn: (text, strength) => findingsIn(text, parse, strength),
  key: fingerprint,
  layer: createCardLayer({ ...env, describe: (finding) => describe(finding, env.lang) }),
});

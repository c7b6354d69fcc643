// What the card layer is given (CardEnv: the page's document, the language, and the actions it asks the content
// script to perform) and what those actions answer.
import type { Translate } from '../../lib/i18n/index';
import type { CARD_MESSAGES } from '../../lib/i18n/card';
import type { Finding, Lang } from '../../lib/model';
import type { CardDom } from './dom';

export interface CardText {
  verdict: string;
  layer: string;
  /** Who must act; empty when not known (the card then leaves that line out). */
  who: string;
  /** Until when the request's authorization details are kept, or that they have expired; absent without an ID. */
  authorization?: string;
  /** When `authorization` stops being true (the details' 24 h end): the card re-reads its line then. */
  authorizationChangesAt?: number;
}

export type CopyOutcome =
  /** `target`: where the fix goes (an ARN), null when the explanation does not know: the card names the layer. */
  | { kind: 'copied'; target: string | null }
  /** An explicit deny's fix: the Condition to add to the denying statement (never a rewritten statement). */
  | { kind: 'copied-condition'; action: string; target: string | null }
  | { kind: 'no-policy' }
  | { kind: 'failed' }
  | { kind: 'stale' };
export type ExplainOutcome = 'opened' | 'failed' | 'stale';

export interface CardEnv {
  doc: Document;
  lang: Lang;
  theme(): 'light' | 'dark';
  describe(finding: Finding): CardText;
  /** The console service's readable name for "Hide on …"; null hides that button. */
  serviceLabel: string | null;
  isDismissed(key: string): boolean;
  dismiss(key: string): void;
  explain(finding: Finding): Promise<ExplainOutcome>;
  copyFix(finding: Finding): Promise<CopyOutcome>;
  hideService(): void;
}

/** The card catalog's keys (lib/i18n/card.ts keeps its key union private). */
export type CardKey = keyof (typeof CARD_MESSAGES)['en'];

/** What every part of a card is built with: the environment, the card texts, the DOM builders, cached verdicts. */
export interface CardKit {
  env: CardEnv;
  t: Translate<CardKey>;
  dom: CardDom;
  describe(finding: Finding): CardText;
}

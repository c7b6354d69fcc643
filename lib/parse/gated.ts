// An alternation narrowed to the text at hand.
//
// A regex like /phrase one|phrase two|…/ costs V8 a check of every alternative at every position of the text, so
// a dozen alternatives make one scan of a short message cost more than a JSON read/write of it. Each alternative
// here names the gate words it cannot match without (words of the phrase itself, so that every match contains
// them); in a text lacking one of them, that alternative matches nowhere. Leaving those alternatives out and
// keeping the others in their order changes nothing: at every position the first alternative that matches is
// the same, so the matches are exactly those of the full regex.
import { gateIndex, hasGate } from './gate';
import type { Scan } from './types';

export interface Alternative {
  source: string;
  /** Lower-case gate words (GATE_WORDS) every match of this alternative contains. */
  needs: readonly string[];
}

/**
 * Returns a function giving, for a scan, the regex `build` makes of the alternatives its text may match (null
 * when none may). The regexes are made once per set of present gate words and kept: they hold no state between
 * texts other than lastIndex, which every user resets before a scan.
 */
export function gatedAlternation<A extends Alternative>(
  alternatives: readonly A[],
  build: (kept: readonly A[]) => RegExp,
): (scan: Scan) => RegExp | null {
  const words = [...new Set(alternatives.flatMap((a) => a.needs))];
  // The present words are two 30-bit masks (JavaScript's bit operators work on 32 bits): words 0–29, then 30–59.
  if (words.length > 60) throw new Error('too many gate words for one alternation');
  const bit = (w: string, half: number): number => {
    const i = words.indexOf(w) - 30 * half;
    return i >= 0 && i < 30 ? 1 << i : 0;
  };
  const needs = alternatives.map((a) => [0, 1].map((half) => a.needs.reduce((mask, w) => mask | bit(w, half), 0)) as [number, number]);
  const ids = words.map(gateIndex);
  const made = new Map<number, Map<number, RegExp | null>>();
  return (scan) => {
    let low = 0;
    let high = 0;
    for (let i = 0; i < ids.length; i++) {
      if (!hasGate(scan, ids[i]!)) continue;
      if (i < 30) low |= 1 << i;
      else high |= 1 << (i - 30);
    }
    let byLow = made.get(high);
    if (byLow === undefined) made.set(high, (byLow = new Map()));
    let re = byLow.get(low);
    if (re === undefined) {
      const kept = alternatives.filter((_, i) => (needs[i]![0] & low) === needs[i]![0] && (needs[i]![1] & high) === needs[i]![1]);
      re = kept.length > 0 ? build(kept) : null;
      byLow.set(low, re);
    }
    return re;
  };
}

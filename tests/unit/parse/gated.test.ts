import { describe, expect, it } from 'vitest';
import { GATE_WORDS, makeScan } from '../../../lib/parse/gate';
import { gatedAlternation } from '../../../lib/parse/gated';

// Plain words only (no regex characters), so that each alternative is its word.
const WORDS = GATE_WORDS.filter((w) => /^[a-z]{3,}$/.test(w)).slice(0, 45);
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('an alternation narrowed to the gate words a text holds', () => {
  const alternation = gatedAlternation(
    WORDS.map((w) => ({ source: escape(w), needs: [w] })),
    (kept) => new RegExp(kept.map((a) => a.source).join('|'), 'g'),
  );

  it('has more than 30 words to gate on (two masks of 30)', () => {
    expect(WORDS.length).toBeGreaterThan(30);
  });

  it('keeps exactly the alternatives whose words the text holds, below and above the 30th word', () => {
    const low = WORDS[2]!;
    const high = WORDS[WORDS.length - 1]!;
    const re = alternation(makeScan(`first ${low}, then ${high}`));
    expect(re?.source.split('|').sort()).toEqual([escape(low), escape(high)].sort());
  });

  it('gives no regex for a text with none of the words', () => {
    expect(alternation(makeScan('0123 4567'))).toBeNull();
  });

  it('gives the same regex again for the same words present', () => {
    const text = `${WORDS[1]} ${WORDS[40]}`;
    expect(alternation(makeScan(text))).toBe(alternation(makeScan(text)));
  });

  it('an alternative that needs two words, one in each mask, is kept only with both', () => {
    const both = gatedAlternation([{ source: 'x', needs: [WORDS[0]!, WORDS[35]!] }, ...WORDS.map((w) => ({ source: escape(w), needs: [w] }))], (kept) => new RegExp(kept.map((a) => a.source).join('|')));
    expect(both(makeScan(`${WORDS[0]}`))?.source.split('|')).not.toContain('x');
    expect(both(makeScan(`${WORDS[0]} ${WORDS[35]}`))?.source.split('|')).toContain('x');
  });
});

import { describe, expect, it } from 'vitest';
import { GATE_WORDS, hasGate, makeScan } from '../../../lib/parse/gate';
import { prng } from '../../../scripts/support/prng';

// makeScan finds every gate word in one pass; it must say exactly what a search per word would.
const agrees = (text: string): string[] => {
  const scan = makeScan(text);
  const lower = text.toLowerCase();
  return GATE_WORDS.filter((w, id) => hasGate(scan, id) !== lower.includes(w));
};

describe('the gate scan', () => {
  it('finds each word wherever it stands: at either end, inside another word, overlapping one, in any case', () => {
    for (const w of GATE_WORDS) {
      expect(agrees(w)).toEqual([]);
      expect(agrees(`x${w.toUpperCase()}`)).toEqual([]);
      expect(agrees(`${w}${w.slice(0, -1)}`)).toEqual([]);
    }
    expect(agrees('UnauthorizedOperation: explicitDeny in decodedMessage {"errorCode": "AccessDenied"} アクセス拒否')).toEqual([]);
    expect(agrees('')).toEqual([]);
  });

  it('agrees with a search per word on random text built from the words, their pieces and other scripts', () => {
    const random = prng(20261207);
    const parts = [...GATE_WORDS, ...GATE_WORDS.map((w) => w.slice(1)), ...GATE_WORDS.map((w) => w.slice(0, -1)), ' ', '\n', 'É', '認', '\uD83D', 'İ'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => parts[Math.floor(random() * parts.length)]).join('');
      expect(agrees(text), text).toEqual([]);
    }
  });
});

// Property tests (fast-check) in the normal suite: never throws, never invents a value, linear time.
// The 100,000-input run of the same properties is `npm run fuzz` (tests/fuzz/parse.fuzz.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOrThrow } from '../../../lib/parse/index';
import { mutatedMessage, pathological, pathologicalText, PATHOLOGICAL_UNITS, randomText, tokenSoup } from '../../fuzz/parse-arbitraries';
import { checkFindings, growth } from '../../fuzz/parse-invariants';
import { EXAMPLES } from './examples';

function holds(text: string): boolean {
  const problems = checkFindings(text, parseOrThrow(text));
  if (problems.length) throw new Error(problems.join('; '));
  return true;
}

describe('parse properties', () => {
  it('never throws and never invents a value — random text', () => {
    fc.assert(fc.property(randomText, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — key words in random order', () => {
    fc.assert(fc.property(tokenSoup, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — mutated realistic messages', () => {
    fc.assert(fc.property(mutatedMessage, holds), { numRuns: 400 });
  });

  it('never throws and never invents a value — pathological shapes', () => {
    fc.assert(fc.property(pathologicalText, holds), { numRuns: 60 });
  });

  it('the invariant check itself catches an invented value and an added character', () => {
    const [finding] = parseOrThrow('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject');
    expect(checkFindings('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject', [finding!])).toEqual([]);
    const invented = { ...finding!, resource: 'arn:aws:s3:::not-in-the-text' };
    expect(checkFindings('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject', [invented])).toHaveLength(1);
    const wrapped = 'User: arn:aws:iam::123456789012:user/an\na is not authorized';
    // A value joined across a line break (an undone wrap) is in the input.
    expect(checkFindings(wrapped, [{ ...finding!, action: null, principal: 'arn:aws:iam::123456789012:user/ana' }])).toEqual([]);
  });

  it('the examples themselves keep every invariant', () => {
    for (const ex of EXAMPLES) expect(checkFindings(ex.text, parseOrThrow(ex.text))).toEqual([]);
  });
});

describe('linear time', () => {
  // Ratio of the time for an 8× larger input: about 8 when linear, about 64 when quadratic. The bound leaves
  // room for noise on a shared machine but not for a quadratic scan.
  const LIMIT = 24;

  it('the growth measure catches a quadratic function', () => {
    const quadratic = (text: string): void => {
      let n = 0;
      for (let i = 0; i < text.length; i += 8) n += text.lastIndexOf('\u0001', i) < 0 ? 1 : 0;
      for (let i = 0; i < text.length; i += 8) n += text.indexOf('\u0001', i) < 0 ? 1 : 0;
      if (n < 0) throw new Error('unreachable');
    };
    expect(growth(quadratic, (size) => 'x'.repeat(size), 2_000, 5, 'largest')).toBeGreaterThan(LIMIT);
  });

  it.each(PATHOLOGICAL_UNITS.map((u) => [JSON.stringify(u), u] as const))('is linear on repeated %s', (_name, unit) => {
    expect(growth((t) => parseOrThrow(t), (size) => pathological(unit, size), 8_000)).toBeLessThan(LIMIT);
  });

  it('is linear on realistic messages repeated', () => {
    const text = EXAMPLES.map((e) => e.text).join('\n\n');
    expect(growth((t) => parseOrThrow(t), (size) => pathological(text, size), 8_000)).toBeLessThan(LIMIT);
  });

  it('is linear on random units repeated', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (unit) => {
        const ratio = growth((t) => parseOrThrow(t), (size) => pathological(unit, size), 8_000);
        return ratio < LIMIT;
      }),
      { numRuns: 10 },
    );
  });
});

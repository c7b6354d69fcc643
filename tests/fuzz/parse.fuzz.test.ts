// 100,000+ generated inputs through the parser (`npm run fuzz`): random text, key-word soup, mutated realistic
// messages and pathological shapes. Every input must parse without an exception and keep every invariant
// (parse-invariants.ts: no invented value, consistent fields, capped message), also the pathological shapes at
// 200,000 characters. That their time grows linearly is measured by `npm run bench` (scripts/bench/hostile.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOrThrow } from '../../lib/parse/index';
import { mutatedMessage, pathological, PATHOLOGICAL_UNITS, randomText, tokenSoup } from './parse-arbitraries';
import { checkFindings } from './parse-invariants';

const RUNS = { randomText: 30_000, tokenSoup: 25_000, mutated: 35_000, pathological: 10_000 };
let inputs = 0;

function holds(text: string): boolean {
  inputs++;
  const problems = checkFindings(text, parseOrThrow(text));
  if (problems.length) throw new Error(problems.join('; '));
  return true;
}

describe('parse fuzz', () => {
  afterAll(() => {
    process.stdout.write(`parse fuzz: ${inputs} generated inputs, all invariants held\n`);
    expect(inputs).toBeGreaterThanOrEqual(100_000);
  });

  it(`random text (${RUNS.randomText})`, () => {
    fc.assert(fc.property(randomText, holds), { numRuns: RUNS.randomText });
  });

  it(`key words of every family in random order (${RUNS.tokenSoup})`, () => {
    fc.assert(fc.property(tokenSoup, holds), { numRuns: RUNS.tokenSoup });
  });

  it(`mutated realistic messages (${RUNS.mutated})`, () => {
    fc.assert(fc.property(mutatedMessage, holds), { numRuns: RUNS.mutated });
  });

  it(`pathological shapes with a realistic message after them (${RUNS.pathological})`, () => {
    const shape = fc
      .tuple(fc.constantFrom(...PATHOLOGICAL_UNITS), fc.integer({ min: 1, max: 8_000 }), mutatedMessage)
      .map(([unit, size, message]) => pathological(unit, size) + message);
    fc.assert(fc.property(shape, holds), { numRuns: RUNS.pathological });
  });

  // How their time grows is `npm run bench` (scripts/bench/hostile.ts): a CPU-time ratio here failed by noise.
  it('every pathological shape and random repeated units parse at 200,000 characters, invariants held', () => {
    for (const unit of PATHOLOGICAL_UNITS) holds(pathological(unit, 200_000));
    fc.assert(
      fc.property(tokenSoup.filter((u) => u.length > 0), (unit) => holds(pathological(unit, 80_000))),
      { numRuns: 40 },
    );
  });
});

// Hostile and huge findings: recognition never throws, stays fast, and never invents a workload from junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/model';
import { describeWorkloadTarget, guessWorkload } from '../../../lib/workload/index';
import { finding, session } from './finding';

describe('robustness', () => {
  it('never throws on arbitrary principals, actions and messages', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 300 })), fc.option(fc.string({ maxLength: 60 })), fc.string({ maxLength: 500 }), (principal, action, message) => {
        const f = finding({ principal, action, message: message || ' ' });
        const g = guessWorkload(f);
        describeWorkloadTarget(g, f, 'en');
        describeWorkloadTarget(g, f, 'ja');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on session-shaped junk', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (role, name) => {
        const f = finding({ principal: session(role, name) });
        describeWorkloadTarget(guessWorkload(f), f, 'en');
      }),
      { numRuns: 500 },
    );
  });

  it('answers on pathological 200 KB inputs', () => {
    const big = (s: string) => s.repeat(Math.ceil(200_000 / s.length)).slice(0, 200_000);
    const inputs: Finding[] = [
      finding({ principal: session('a-'.repeat(50_000), 'b-'.repeat(50_000)) }),
      finding({ principal: session('r', 'eks-' + 'a-'.repeat(100_000)) }),
      finding({ principal: session('r', 'x-' + 'Ab1'.repeat(60_000)) }),
      finding({ principal: session('r', 'process-orders'), message: big('[ERROR] ') }),
      finding({ principal: big('arn:aws:sts::1:assumed-role/') }),
      finding({ principal: session('r', 'i-' + 'X'.repeat(100_000)) }),
    ];
    // Their time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    for (const f of inputs) expect(() => describeWorkloadTarget(guessWorkload(f), f, 'en')).not.toThrow();
  });

  it('keeps text from the message inert in notes (no newlines, no backticks of its own)', () => {
    const f = finding({ principal: session('orders-lambda-role', 'createOrderHandler') });
    const g = guessWorkload(f);
    if (!g) throw new Error('expected a guess');
    const hostile = { ...g, name: 'x`\n<script>alert(1)</script>' };
    const note = describeWorkloadTarget(hostile, f, 'en')?.note ?? '';
    expect(note).not.toContain('\n');
    expect(note).toContain('`x <script>alert(1)</script>`');
  });
});

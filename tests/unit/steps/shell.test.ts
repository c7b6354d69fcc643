// Values from a message are quoted so a POSIX shell hands them over verbatim, whatever they contain.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iamName, sh } from '../../../lib/steps/shell';

/** What /bin/sh makes of the quoted word: printf prints the single argument it receives. */
const throughShell = (word: string): string => execFileSync('/bin/sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });

describe('sh', () => {
  it('leaves safe values bare and quotes the rest', () => {
    expect(sh('arn:aws:iam::123456789012:role/app')).toBe('arn:aws:iam::123456789012:role/app');
    expect(sh('rds!db-1')).toBe("'rds!db-1'");
    expect(sh("it's")).toBe("'it'\\''s'");
  });

  it('hands hostile values to the shell as inert text', () => {
    for (const v of ['$(touch /tmp/pwned)', '`id`', 'a;rm -rf /', "x' ; echo hi '", '${HOME}', 'a  b c', '*', '~root', 'a|b&c>d']) {
      expect(throughShell(sh(v))).toBe(v);
    }
  });

  it('round-trips any printable string through /bin/sh', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /^[\x20-\x7e]+$/.test(s) && s.trim() === s), (v) => {
        expect(throughShell(sh(v))).toBe(v);
      }),
      { numRuns: 60 },
    );
  });

  it('flattens control characters instead of passing newlines', () => {
    expect(sh('a\nb')).toBe("'a b'");
  });
});

describe('iamName', () => {
  it('accepts IAM names and rejects anything else', () => {
    expect(iamName('orders-api_task.v2@x')).toBe('orders-api_task.v2@x');
    expect(iamName('a b')).toBeNull();
    expect(iamName('$(x)')).toBeNull();
    expect(iamName(null)).toBeNull();
  });
});

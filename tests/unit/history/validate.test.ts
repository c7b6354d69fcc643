// What the background and the history keep of a finding is what the parser wrote: a finding sent for explaining or
// stored reads back field for field (so the browser explains what the terminal explains), and the later fields
// (Access Troubleshooter IDs, matched statements, account settings) are checked like the first ones.
import { describe, expect, it } from 'vitest';
import { MAX_MATCHED, MAX_MESSAGE, sanitizeFinding, toFinding } from '../../../lib/history/validate';
import { parse } from '../../../lib/parse/index';
import { EXAMPLES } from '../parse/examples';
import { FAMILY_EXAMPLES } from '../parse/family-examples';
import { STRUCTURED_EXAMPLES } from '../parse/structured-examples';
import { makeFinding } from './fixtures/findings';

const texts = [...EXAMPLES, ...FAMILY_EXAMPLES, ...STRUCTURED_EXAMPLES].map((e) => e.text);

describe('sanitizeFinding', () => {
  it('keeps every parsed finding exactly, key order included', () => {
    const findings = texts.flatMap((t) => parse(t));
    expect(findings.some((f) => f.authorizationId)).toBe(true);
    expect(findings.some((f) => f.matchedStatements?.some((m) => m.statement))).toBe(true);
    const changed = findings.filter((f) => JSON.stringify(sanitizeFinding(f)) !== JSON.stringify(f));
    expect(changed.map((f) => f.message.slice(0, 80))).toEqual([]);
  });

  it('reads a finding written before the later fields without adding them', () => {
    const old = makeFinding();
    expect(Object.keys(old)).not.toContain('authorizationId');
    expect(toFinding(old)).toEqual(old);
  });

  it('rejects later fields of the wrong shape', () => {
    const base = { ...makeFinding(), authorizationId: null, authorizationUrl: null, matchedStatements: null, accountSetting: null };
    expect(sanitizeFinding({ ...base, authorizationId: 42 })).toBeNull();
    expect(sanitizeFinding({ ...base, accountSetting: 'root-only' })).toBeNull();
    expect(sanitizeFinding({ ...base, matchedStatements: [{ sid: 'A', effect: 'Maybe', policyUri: null, policyType: null }] })).toBeNull();
    expect(sanitizeFinding({ ...base, matchedStatements: Array.from({ length: MAX_MATCHED + 1 }, () => ({ sid: null, effect: null, policyUri: null, policyType: null })) })).toBeNull();
    expect(sanitizeFinding({ ...base, matchedStatements: [{ sid: 'A', effect: 'Deny', policyUri: null, policyType: null, statement: { Sid: 'x'.repeat(MAX_MESSAGE) } }] })).toBeNull();
  });

  it('keeps a pasted statement as plain data only', () => {
    const statement = JSON.parse('{"Sid":"DenyAll","Effect":"Deny","Action":"*","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const kept = sanitizeFinding({ ...makeFinding(), matchedStatements: [{ sid: 'DenyAll', effect: 'Deny', policyUri: 'arn:aws:iam::123456789012:policy/p', policyType: 'identity', statement }] });
    const copy = kept?.matchedStatements?.[0]?.statement as Record<string, unknown>;
    expect(copy).toEqual(statement);
    expect(copy).not.toBe(statement);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// The UI builds catalog keys from finding fields (`policyType.${finding.policyType}`) without casts, so the compiler
// checks every value of the field against the catalog. This file keeps that true: the last line must not compile.
import { describe, expect, it } from 'vitest';
import { uiTranslator } from '../../../lib/i18n/ui';
import type { DenyKind, HistorySource, PolicyType, Who } from '../../../lib/model';

const POLICY_TYPES: PolicyType[] = ['identity', 'scp', 'rcp', 'boundary', 'session', 'resource', 'vpce', 'trust', 'unknown'];
const DENY_KINDS: DenyKind[] = ['explicit', 'implicit', 'unknown'];
const SOURCES: HistorySource[] = ['console', 'paste', 'scan'];
const WHO: Who[] = ['you', 'account-admin', 'org-admin', 'resource-owner'];

describe('UI keys built from finding fields', () => {
  it.each(['en', 'ja'] as const)('name every value in %s', (lang) => {
    const t = uiTranslator(lang);
    const keys = [
      ...POLICY_TYPES.map((p) => [`policyType.${p}`, t(`policyType.${p}`)]),
      ...DENY_KINDS.map((d) => [`denyKind.${d}`, t(`denyKind.${d}`)]),
      ...SOURCES.map((s) => [`source.${s}`, t(`source.${s}`)]),
      ...WHO.map((w) => [`who.${w}`, t(`who.${w}`)]),
    ];
    for (const [key, text] of keys) expect(text, key).not.toBe(key);
  });

  it('reject a value the catalog does not have (compile time)', () => {
    const t = uiTranslator('en');
    const odd = 'nonsense' as PolicyType | 'nonsense';
    // @ts-expect-error -- 'policyType.nonsense' is not a UiKey: the key type flows from the catalog.
    expect(t(`policyType.${odd}`)).toBe('policyType.nonsense');
  });
});

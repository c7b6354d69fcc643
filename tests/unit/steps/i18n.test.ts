// English and Japanese step texts: same keys, same placeholders, nothing empty, Japanese really Japanese.
import { describe, expect, it } from 'vitest';
import { STEP_TEXTS } from '../../../lib/i18n/steps';
import { PLACEHOLDER } from '../../../lib/workload/text';

const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('steps i18n', () => {
  const en = STEP_TEXTS.en;
  const ja = STEP_TEXTS.ja;

  it('has the same keys in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no empty text and writes Japanese in Japanese', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), key).not.toBe('');
      expect(ja[key], key).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { exportFilename, exportMime, importErrorText } from '../../../../components/panel/transfer-text';
import { uiTranslator } from '../../../../lib/i18n/ui';

describe('export and import texts', () => {
  it('name an export by local time, sortable', () => {
    const now = new Date(2026, 6, 1, 9, 5).getTime();
    expect(exportFilename('json', now)).toBe('why-denied-history-20260701-0905.json');
    expect(exportFilename('csv', now)).toBe('why-denied-history-20260701-0905.csv');
    expect(exportMime('csv')).toBe('text/csv');
  });

  it.each(['en', 'ja'] as const)('say in %s why every refused import was refused', (lang) => {
    const t = uiTranslator(lang);
    const texts = [
      importErrorText(t, { code: 'too-large', limit: 64 * 1024 * 1024 }),
      importErrorText(t, { code: 'not-json' }),
      importErrorText(t, { code: 'wrong-format' }),
      importErrorText(t, { code: 'newer-format', version: 7 }),
      importErrorText(t, { code: 'too-many', count: 200_001, limit: 100_000 }),
      importErrorText(t, { code: 'bad-record', index: 4, field: 'finding' }),
    ];
    for (const text of texts) expect(text).not.toMatch(/^import\.|\{/);
    expect(texts[0]).toContain('64');
    expect(texts[5]).toContain('5');
  });
});

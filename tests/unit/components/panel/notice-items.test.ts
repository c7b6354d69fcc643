import { describe, expect, it } from 'vitest';
import { healthNotice, storedNotice, writeFailureNotice } from '../../../../components/panel/notice-items';
import { uiTranslator } from '../../../../lib/i18n/ui';

const t = uiTranslator('en');

describe('panel notices', () => {
  it('say nothing for a healthy database, and cannot be dismissed otherwise', () => {
    expect(healthNotice(t, { state: 'ok' } as never)).toBeNull();
    const failed = healthNotice(t, { state: 'upgrade-failed', error: 'boom' } as never);
    expect(failed).toMatchObject({ tone: 'error', dismissible: false });
    expect(failed!.text).toContain('boom');
  });

  it('keep the stored notice id, so dismissing it reaches storage', () => {
    expect(storedNotice(t, { id: 'n1', kind: 'quota' } as never)).toMatchObject({ id: 'n1', tone: 'error', dismissible: true });
  });

  it('name a failed write by its kind', () => {
    expect(writeFailureNotice(t, { ok: true } as never)).toBeNull();
    const readOnly = writeFailureNotice(t, { ok: false, error: { kind: 'read-only', message: 'x' } });
    const quota = writeFailureNotice(t, { ok: false, error: { kind: 'quota', message: 'x' } });
    const other = writeFailureNotice(t, { ok: false, error: { kind: 'failed', message: 'disk gone' } });
    expect(readOnly!.text).toBe(t('notice.readOnly', { error: 'x' }));
    expect(quota!.text).toBe(t('notice.quota'));
    expect(other!.text).toContain('disk gone');
  });
});

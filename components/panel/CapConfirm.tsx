// Asks before a lower history limit deletes records; the destructive button takes the focus so the question is
// read out and answered from the keyboard.
import { useEffect, useRef } from 'preact/hooks';
import { useUi } from '../ui-context';
import type { CapConfirmation } from './use-settings-change';

export function CapConfirm({ confirming, onApply, onCancel }: { confirming: CapConfirmation; onApply(): void; onCancel(): void }) {
  const { t, lang } = useUi();
  const apply = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    apply.current?.focus();
  }, []);
  return (
    <div class="confirm notice notice-warn" role="alertdialog" aria-label={t('settings.capConfirm', { cap: confirming.cap, count: confirming.count })}>
      <span>{t('settings.capConfirm', { cap: confirming.cap.toLocaleString(lang), count: confirming.count.toLocaleString(lang) })}</span>
      <button type="button" class="danger" ref={apply} onClick={onApply}>
        {t('settings.capApply')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('history.cancel')}
      </button>
    </div>
  );
}

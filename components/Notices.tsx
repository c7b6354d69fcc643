// Standing messages about the history: a failed upgrade or read-only database, records pruned at the cap, a full
// disk, the result of an import. Announced to screen readers; each can be dismissed.
import { useUi } from './ui-context';

export interface NoticeItem {
  id: string;
  tone: 'info' | 'warn' | 'error';
  text: string;
  dismissible: boolean;
}

export function Notices({ items, onDismiss }: { items: readonly NoticeItem[]; onDismiss(id: string): void }) {
  const { t } = useUi();
  if (items.length === 0) return null;
  return (
    <ul class="notices" aria-live="polite">
      {items.map((n) => (
        <li key={n.id} class={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-notice={n.id}>
          <span>{n.text}</span>
          {n.dismissible ? (
            <button type="button" class="link-button" onClick={() => onDismiss(n.id)}>
              {t('notice.dismiss')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

// What the popup found: how many denials, whether they were saved, the button to continue in the side panel, a
// picker when there are several, and the explanation of the one picked.
import type { Finding } from '../../lib/model';
import { ExplanationView } from '../ExplanationView';
import type { ExplainState } from '../use-explain-reply';
import { useUi } from '../ui-context';
import type { PasteResult } from './use-paste';

export interface FoundDenialsProps {
  result: Extract<PasteResult, { kind: 'found' }>;
  index: number;
  onPick(index: number): void;
  explained: ExplainState;
  mask: boolean;
  panelError: string | null;
  canOpen: boolean;
  onOpenPanel(): void;
}

function pickLabel(t: ReturnType<typeof useUi>['t'], f: Finding, i: number): string {
  return t('popup.pick', { n: i + 1, action: f.action ?? f.errorCode ?? t('history.noAction') });
}

export function FoundDenials({ result, index, onPick, explained, mask, panelError, canOpen, onOpenPanel }: FoundDenialsProps) {
  const { t } = useUi();
  const count = result.findings.length;
  return (
    <>
      <div class="found-bar">
        <span>{count === 1 ? t('popup.foundOne') : t('popup.found', { count })}</span>
        {result.saved ? (
          <span class={result.saved.ok ? 'muted' : 'notice-error'}>
            {result.saved.ok ? t('popup.saved') : t('popup.notSaved', { error: result.saved.error.message })}
          </span>
        ) : null}
        <button type="button" class="primary" onClick={onOpenPanel} disabled={!canOpen}>
          {t('popup.openPanel')}
        </button>
      </div>
      {panelError ? <p class="notice notice-error">{t('popup.panelFailed', { error: panelError })}</p> : null}
      {count > 1 ? (
        <div class="pick" role="group" aria-label={t('popup.found', { count })}>
          {result.findings.map((f, i) => (
            <button key={i} type="button" aria-pressed={i === index} onClick={() => onPick(i)}>
              {pickLabel(t, f, i)}
            </button>
          ))}
        </div>
      ) : null}
      {explained.status === 'ready' ? (
        <ExplanationView explanation={explained.explanation} mask={mask} />
      ) : explained.status === 'error' ? (
        <p class="notice notice-error">{t('explanation.error', { error: explained.error })}</p>
      ) : (
        <p class="muted">{t('explanation.loading')}</p>
      )}
    </>
  );
}

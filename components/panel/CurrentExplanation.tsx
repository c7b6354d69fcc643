// The top of the panel: the selected denial explained, or what is happening instead (loading, an error, nothing
// selected yet). Announced politely when it changes.
import { ExplanationView } from '../ExplanationView';
import { AuthorizationLine } from './AuthorizationLine';
import { useUi } from '../ui-context';
import type { ExplainState } from '../use-explain-reply';

export function CurrentExplanation({ explained, mask, firstSeenAt }: { explained: ExplainState; mask: boolean; firstSeenAt?: number }) {
  const { t } = useUi();
  return (
    <section class="current" aria-live="polite" aria-busy={explained.status === 'loading'}>
      {explained.status === 'ready' ? (
        <>
          {explained.explanation.finding.authorizationId ? <AuthorizationLine id={explained.explanation.finding.authorizationId} firstSeenAt={firstSeenAt} /> : null}
          <ExplanationView explanation={explained.explanation} mask={mask} />
        </>
      ) : explained.status === 'loading' ? (
        <p class="muted">{t('explanation.loading')}</p>
      ) : explained.status === 'error' ? (
        <p class="notice notice-error" role="alert">
          {t('explanation.error', { error: explained.error })}
        </p>
      ) : (
        <p class="muted empty-state">{t('panel.empty')}</p>
      )}
    </section>
  );
}

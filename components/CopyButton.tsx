// One-click copy with visible and announced feedback; the text to copy is passed as data, never read from the DOM.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from './ui-context';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t, copy } = useUi();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onClick = async () => {
    clearTimeout(timer.current);
    try {
      await copy(text);
      setState('done');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" class={`copy copy-${state}`} aria-label={label} title={label} onClick={onClick}>
      {state === 'done' ? t('copy.done') : state === 'failed' ? t('copy.failed') : t('copy.button')}
      <span class="visually-hidden" role="status" aria-live="polite">
        {state === 'done' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </button>
  );
}

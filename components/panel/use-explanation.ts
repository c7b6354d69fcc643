// The explanation of the selected denial, asked of the background in the UI language (again when the language
// changes). Only the newest request's answer is shown: a slow earlier answer never replaces a later one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Explanation, HistoryRecord, Lang } from '../../lib/model';
import type { PanelApi } from './api';
import { explainExtra, type Selected } from './selection';

export type ExplainState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; explanation: Explanation }
  | { status: 'error'; error: string };

const IDLE: ExplainState = { status: 'idle' };

export function useExplanation(api: PanelApi, selected: Selected | null, lang: Lang, records: readonly HistoryRecord[]): ExplainState {
  const [explained, setExplained] = useState<ExplainState>(IDLE);
  const run = useRef(0);
  // Read at request time only: new history records do not ask for the explanation again.
  const recordsNow = useRef(records);
  recordsNow.current = records;

  useEffect(() => {
    const current = ++run.current;
    if (!selected) {
      setExplained(IDLE);
      return;
    }
    setExplained({ status: 'loading' });
    api
      .explain(selected.finding, lang, explainExtra(selected, recordsNow.current))
      .then((reply) => {
        if (current !== run.current) return;
        setExplained(reply.ok ? { status: 'ready', explanation: reply.explanation } : { status: 'error', error: reply.error });
      })
      .catch((error: unknown) => current === run.current && setExplained({ status: 'error', error: String(error) }));
  }, [selected, lang]);

  return explained;
}

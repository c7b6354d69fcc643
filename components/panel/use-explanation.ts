// The explanation of the selected denial, in the UI language (asked again when the language changes), with what
// the history knows about it (the console sighting's time, the pasted text).
import { useRef } from 'preact/hooks';
import type { HistoryRecord, Lang } from '../../lib/model';
import { useExplainReply, type ExplainState } from '../use-explain-reply';
import type { PanelApi } from './api';
import { explainExtra, type Selected } from './selection';

export function useExplanation(api: PanelApi, selected: Selected | null, lang: Lang, records: readonly HistoryRecord[]): ExplainState {
  // Read at request time only: new history records do not ask for the explanation again.
  const recordsNow = useRef(records);
  recordsNow.current = records;
  return useExplainReply(selected ? () => api.explain(selected.finding, lang, explainExtra(selected, recordsNow.current)) : null, [selected, lang]);
}

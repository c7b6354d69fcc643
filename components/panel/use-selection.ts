// Which denial the panel shows: one a card or the popup asked for (now, or before the panel was open), or a
// history row the user picked.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/model';
import type { PanelApi } from './api';
import type { Selected } from './selection';

export interface Selection {
  selected: Selected | null;
  show(finding: Finding, recordId: string | null, context?: string): void;
  clear(): void;
}

export function useSelection(api: PanelApi): Selection {
  const [selected, setSelected] = useState<Selected | null>(null);
  const show = useCallback(
    (finding: Finding, recordId: string | null, context?: string) => setSelected(context ? { finding, recordId, context } : { finding, recordId }),
    [],
  );

  useEffect(() => {
    const stop = api.onPanelMessage((message) => {
      if (message.type === 'show') show(message.finding, null, message.context);
    });
    void api.takePending().then((pending) => pending && show(pending.finding, null, pending.context));
    return stop;
  }, []);

  return { selected, show, clear: useCallback(() => setSelected(null), []) };
}

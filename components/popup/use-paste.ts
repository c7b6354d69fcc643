// The pasted text and what was found in it: parsing on submit, saving the findings to the history as `paste`
// (the save's outcome arrives later and belongs to that submit only), and which finding is being looked at.
import { useState } from 'preact/hooks';
import type { StoreReply } from '../../lib/history/notices';
import type { Finding } from '../../lib/model';
import type { PopupApi } from './api';

export type PasteResult =
  | { kind: 'none'; truncated: boolean; limit: number }
  | { kind: 'found'; findings: Finding[]; truncated: boolean; limit: number; saved: StoreReply | null; text: string };

export interface Paste {
  text: string;
  setText(text: string): void;
  result: PasteResult | null;
  index: number;
  pick(index: number): void;
  /** The finding being looked at, and the text it was found in (as submitted, not as edited since). */
  current: Finding | null;
  pasted: string;
  submit(): Promise<void>;
  clear(): void;
}

export function usePaste(api: PopupApi, initialText: string): Paste {
  const [text, setText] = useState(initialText);
  const [result, setResult] = useState<PasteResult | null>(null);
  const [index, setIndex] = useState(0);

  const submit = async () => {
    const parsed = api.parse(text);
    setIndex(0);
    if (parsed.findings.length === 0) {
      setResult({ kind: 'none', truncated: parsed.truncated, limit: parsed.limit });
      return;
    }
    setResult({ kind: 'found', findings: parsed.findings, truncated: parsed.truncated, limit: parsed.limit, saved: null, text });
    let saved: StoreReply;
    try {
      saved = await api.store(parsed.findings);
    } catch (error) {
      saved = { ok: false, error: { kind: 'failed', message: String(error) } };
    }
    setResult((r) => (r && r.kind === 'found' && r.findings === parsed.findings ? { ...r, saved } : r));
  };

  const found = result?.kind === 'found' ? result : null;
  return {
    text,
    setText,
    result,
    index,
    pick: setIndex,
    current: found ? (found.findings[index] ?? null) : null,
    pasted: found ? found.text : '',
    submit,
    clear: () => {
      setText('');
      setResult(null);
    },
  };
}

// An explanation asked of the background, as render state. Asked again whenever `deps` change; only the newest
// request's answer is shown, so a slow earlier answer never replaces a later one. `request` null: nothing to explain.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExplainReply } from '../lib/messages';
import type { Explanation } from '../lib/model';

export type ExplainState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; explanation: Explanation }
  | { status: 'error'; error: string };

const IDLE: ExplainState = { status: 'idle' };

export function useExplainReply(request: (() => Promise<ExplainReply>) | null, deps: readonly unknown[]): ExplainState {
  const [state, setState] = useState<ExplainState>(IDLE);
  const run = useRef(0);
  useEffect(() => {
    const current = ++run.current;
    if (!request) {
      setState(IDLE);
      return;
    }
    setState({ status: 'loading' });
    request()
      .then((reply) => {
        if (current !== run.current) return;
        setState(reply.ok ? { status: 'ready', explanation: reply.explanation } : { status: 'error', error: reply.error });
      })
      .catch((error: unknown) => current === run.current && setState({ status: 'error', error: String(error) }));
  }, deps);
  return state;
}

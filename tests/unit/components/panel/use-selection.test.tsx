// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useSelection } from '../../../../components/panel/use-selection';
import { makeFinding } from '../../history/fixtures/findings';
import { testPanel } from '../panel-api';

describe('useSelection', () => {
  it('shows the finding asked for before the panel opened', async () => {
    const panel = testPanel({ pending: makeFinding({ action: 'kms:Decrypt' }) });
    const { result } = renderHook(() => useSelection(panel.api));
    await waitFor(() => expect(result.current.selected?.finding.action).toBe('kms:Decrypt'));
    expect(result.current.selected?.recordId).toBeNull();
  });

  it('shows what the background sends, with the pasted text, and leaves the stored pending finding alone', async () => {
    // Every open panel hears a 'show'; the stored one is for a panel that is still opening (another window).
    const panel = testPanel();
    let stored: ReturnType<typeof makeFinding> | null = null;
    let asked = 0;
    panel.api.takePending = async () => {
      asked++;
      const p = stored;
      stored = null;
      return p ? { finding: p } : null;
    };
    const { result } = renderHook(() => useSelection(panel.api));
    await waitFor(() => expect(asked).toBe(1));
    const sent = makeFinding({ action: 'sqs:SendMessage' });
    stored = sent;
    act(() => panel.send({ type: 'show', finding: sent, context: 'aws sqs send-message …' }));
    expect(result.current.selected).toEqual({ finding: sent, recordId: null, context: 'aws sqs send-message …' });
    expect([asked, stored]).toEqual([1, sent]);
    act(() => result.current.clear());
    expect(result.current.selected).toBeNull();
  });
});

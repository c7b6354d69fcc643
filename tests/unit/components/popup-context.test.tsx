// @vitest-environment happy-dom
// The popup sends the pasted text around a finding with the explain request: workload clues (a Lambda runtime's
// log lines, a workflow's OIDC step) sit around the denial sentence, not in it.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import type { PopupApi } from '../../../components/popup/api';
import type { Finding } from '../../../lib/model';
import { parseInput } from '../../../lib/parse/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { MAX_TEXT } from '../../../lib/workload/context';
import { makeExplanation } from './fixtures';

const DENIAL =
  'User: arn:aws:sts::123456789012:assumed-role/orders-service/createOrderHandler is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:123456789012:orders because no identity-based policy allows the sqs:SendMessage action';

function popup() {
  const requests: { finding: Finding; context: string | undefined }[] = [];
  const panels: { finding: Finding; context: string | null }[] = [];
  const api: PopupApi = {
    browserLanguages: ['en-US'],
    loadSettings: async () => DEFAULT_SETTINGS,
    parse: (text) => ({ ...parseInput(text), limit: 1_000_000 }),
    explain: async (finding, lang, extra) => {
      requests.push({ finding, context: extra?.context });
      return { ok: true, explanation: makeExplanation({ lang, verdict: `Verdict for ${finding.action}` }, finding) };
    },
    store: async (findings) => ({ ok: true, saved: findings.length }),
    openPanel: async (finding, context) => void panels.push({ finding, context }),
    copy: async () => undefined,
  };
  render(<PopupApp api={api} />);
  return Object.assign(requests, { panels });
}

function paste(text: string) {
  fireEvent.input(screen.getByLabelText('Paste an AWS error (terminal, CI log, chat)'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
}

describe('popup: context for the explainer', () => {
  it('sends the pasted text as context, as it was when explained', async () => {
    const requests = popup();
    const log = `START RequestId: 1 Version: $LATEST\n[ERROR] AccessDenied: ${DENIAL}\n  File "/var/task/handler.py", line 12\n`;
    paste(log);
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.finding.action).toBe('sqs:SendMessage');
    expect(requests[0]?.context).toBe(log);
    // Editing the box afterwards does not change what the shown explanation was read from.
    fireEvent.input(screen.getByLabelText('Paste an AWS error (terminal, CI log, chat)'), { target: { value: 'something else' } });
    expect(requests).toHaveLength(1);
  });

  it('hands the side panel the same text, so it explains the finding as the popup did', async () => {
    const requests = popup();
    const log = `START RequestId: 1 Version: $LATEST\n[ERROR] AccessDenied: ${DENIAL}\n`;
    paste(log);
    await waitFor(() => expect(requests).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    await waitFor(() => expect(requests.panels).toHaveLength(1));
    expect(requests.panels[0]).toEqual({ finding: requests[0]?.finding, context: requests[0]?.context });
  });

  it('sends only the window around the finding from a long paste', async () => {
    const requests = popup();
    const filler = `${'noise line\n'.repeat(4_000)}`;
    paste(`${filler}  File "/var/task/handler.py", line 12\n${DENIAL}\n${filler}`);
    await waitFor(() => expect(requests).toHaveLength(1));
    const context = requests[0]?.context ?? '';
    expect(context.length).toBe(MAX_TEXT);
    expect(context).toContain(DENIAL);
    expect(context).toContain('/var/task/handler.py');
  });
});

// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import type { PopupApi } from '../../../components/popup/api';
import type { StoreReply } from '../../../lib/history/notices';
import type { Finding } from '../../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { makeFinding } from '../history/fixtures/findings';
import { makeExplanation } from './fixtures';

const DENIAL =
  'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::123456789012:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket';

/** A stand-in parser: the popup's contract is "findings + truncated", the real parser is tested on its own. */
function fakeParse(text: string) {
  const findings = text.includes('not authorized')
    ? [makeFinding(), ...(text.includes('kms:Decrypt') ? [makeFinding({ action: 'kms:Decrypt' })] : [])]
    : [];
  return { findings, truncated: text.length > 1000, limit: 1000 };
}

function popup(overrides: Partial<PopupApi> = {}, settings: Partial<Settings> = {}) {
  const stored: Finding[][] = [];
  const opened: Finding[] = [];
  const copied: string[] = [];
  const api: PopupApi = {
    browserLanguages: ['en-US'],
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    parse: fakeParse,
    explain: async (finding, lang) => ({ ok: true, explanation: makeExplanation({ lang, verdict: `Verdict for ${finding.action}` }, finding) }),
    store: async (findings): Promise<StoreReply> => {
      stored.push(findings);
      return { ok: true, saved: findings.length };
    },
    openPanel: vi.fn(async (finding: Finding) => void opened.push(finding)),
    copy: async (text) => void copied.push(text),
    ...overrides,
  };
  render(<PopupApp api={api} />);
  return { api, stored, opened, copied };
}

function paste(text: string) {
  fireEvent.input(screen.getByLabelText('Paste an AWS error (terminal, CI log, chat)'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
}

describe('PopupApp', () => {
  it('explains pasted text, saves it as a paste and opens it in the side panel', async () => {
    const { stored, opened, api } = popup();
    paste(DENIAL);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for s3:ListBucket' })).toBeTruthy());
    await waitFor(() => expect(screen.getByText('Saved to the history.')).toBeTruthy());
    expect(stored).toEqual([[makeFinding()]]);
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    expect(api.openPanel).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([makeFinding()]);
  });

  it('copy buttons work in the popup too', async () => {
    const { copied } = popup();
    paste(DENIAL);
    await waitFor(() => screen.getByRole('button', { name: 'Copy policy JSON of fix 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy policy JSON of fix 1' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(JSON.parse(copied[0]!).Statement[0].Action).toBe('s3:ListBucket');
  });

  it('says clearly when the text holds no denial, and saves nothing', async () => {
    const { stored } = popup();
    paste('Build succeeded in 3.2 s');
    await waitFor(() => expect(screen.getByTestId('no-denial').textContent).toBe('No access-denied or credentials error found in this text.'));
    expect(stored).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Open in side panel' })).toBeNull();
  });

  it('says when the input was cut', async () => {
    popup();
    paste('x'.repeat(2000));
    await waitFor(() => expect(screen.getByText('The text is longer than 1,000 characters: its first and last 500 characters were read, the middle was skipped.')).toBeTruthy());
  });

  it('lets the user pick among several denials in one paste', async () => {
    popup();
    paste(`${DENIAL}\n... not authorized to perform: kms:Decrypt`);
    await waitFor(() => expect(screen.getByText('2 denials found')).toBeTruthy());
    const group = screen.getByRole('group');
    fireEvent.click(within(group).getByRole('button', { name: 'Denial 2: kms:Decrypt' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for kms:Decrypt' })).toBeTruthy());
  });

  it('reports a failed save and a failed panel opening', async () => {
    popup({
      store: async () => ({ ok: false, error: { kind: 'quota', message: 'QuotaExceededError' } }),
      openPanel: () => Promise.reject(new Error('no window')),
    });
    paste(DENIAL);
    await waitFor(() => expect(screen.getByText('Not saved to the history: QuotaExceededError')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    await waitFor(() => expect(screen.getByText('Could not open the side panel: Error: no window')).toBeTruthy());
  });

  it('explains with Ctrl+Enter and follows the language setting', async () => {
    popup({}, { language: 'ja' });
    await waitFor(() => expect(screen.getByRole('button', { name: '説明' })).toBeTruthy());
    const box = screen.getByRole('textbox');
    fireEvent.input(box, { target: { value: DENIAL } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByText('拒否が 1 件見つかりました')).toBeTruthy());
  });
});

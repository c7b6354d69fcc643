// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/SidePanelApp';
import { PAGE_SIZE } from '../../../components/history/page';
import { exportJson } from '../../../lib/history/transfer';
import { distinctFindings, makeFinding, makeRecord } from '../history/fixtures/findings';
import { testPanel } from './panel-api';

async function seed(panel: ReturnType<typeof testPanel>, n: number) {
  const history = await panel.history;
  await history.importRecords(Array.from({ length: n }, (_, i) => makeRecord(i)), { cap: 100_000 });
}

function rows() {
  return within(screen.getByTestId('history-list')).getAllByRole('listitem');
}

function fileOf(text: string, name = 'history.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('SidePanelApp', () => {
  it('shows the history newest first with counts, and explains a record when picked', async () => {
    const panel = testPanel();
    await seed(panel, 5);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(rows()[0]!.textContent).toContain('arn:aws:s3:::bucket-4');
    expect(screen.getByTestId('history-counts').textContent).toMatch(/^5 of 5 denials · \d+ sightings$/);
    expect(screen.getByText(/No denial selected/)).toBeTruthy();
    fireEvent.click(within(rows()[2]!).getByRole('button', { name: /Show the explanation/ }));
    await waitFor(() => expect(screen.getByTestId('explanation')).toBeTruthy());
    expect(panel.explained.at(-1)!.finding.resource).toBe('arn:aws:s3:::bucket-2');
    expect(rows()[2]!.className).toContain('selected');
  });

  it('shows a finding the background sent, and the pending one from before it opened', async () => {
    const panel = testPanel({ pending: makeFinding({ action: 'kms:Decrypt' }) });
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for kms:Decrypt (en)' })).toBeTruthy());
    act(() => panel.send({ type: 'show', finding: makeFinding({ action: 'sqs:SendMessage' }) }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for sqs:SendMessage (en)' })).toBeTruthy());
  });

  it('updates live when the background records a denial', async () => {
    const panel = testPanel();
    await seed(panel, 2);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const history = await panel.history;
    const result = await history.record([makeFinding({ action: 'ec2:RunInstances' })], { source: 'console', pageUrl: null });
    if (!result.ok) throw new Error('write failed');
    act(() => panel.send({ type: 'history-changed', record: result.records[0]! }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[0]!.textContent).toContain('ec2:RunInstances');
    expect(screen.getByTestId('history-counts').textContent).toMatch(/^3 of 3 denials/);
  });

  it('searches and filters by layer, service and source', async () => {
    const panel = testPanel();
    const history = await panel.history;
    await history.record([makeFinding({ action: 'kms:Decrypt', policyType: 'scp', resource: 'arn:aws:kms:us-east-1:123456789012:key/1' })], { source: 'paste', pageUrl: null });
    await history.record(distinctFindings(3), { source: 'console', pageUrl: null });
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the history' }), { target: { value: 'decrypt' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('history-counts').textContent).toMatch(/^1 of 4 denials/);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Policy layer' }), { target: { value: 'scp' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.change(screen.getByRole('combobox', { name: 'Policy layer' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Service' }), { target: { value: 's3' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByRole('combobox', { name: 'Service' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Source' }), { target: { value: 'paste' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nothing-like-this' } });
    await waitFor(() => expect(screen.getByText('No denial matches the search.')).toBeTruthy());
  });

  it('deletes one record and clears all only after confirmation', async () => {
    const panel = testPanel();
    await seed(panel, 3);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: /^Delete the record/ }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await (await panel.history).count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete all 2 records?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await (await panel.history).count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all' }));
    await waitFor(() => expect(screen.getByText('No denials recorded yet.')).toBeTruthy());
    expect(await (await panel.history).count()).toBe(0);
  });

  it('exports the filtered records as JSON and CSV, masked when the privacy option is on', async () => {
    const panel = testPanel({ settings: { maskPrivate: true } });
    await seed(panel, 4);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'bucket-2' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(panel.downloads.map((d) => d.filename)).toEqual([
      expect.stringMatching(/^why-denied-history-2026070\d-\d{4}\.json$/),
      expect.stringMatching(/^why-denied-history-2026070\d-\d{4}\.csv$/),
    ]);
    const json = JSON.parse(panel.downloads[0]!.text);
    expect(json.records).toHaveLength(1);
    expect(json.masked).toBe(true);
    expect(panel.downloads[0]!.text).not.toContain('123456789012');
    expect(panel.downloads[1]!.mime).toBe('text/csv');
    expect(panel.downloads[1]!.text).not.toContain('123456789012');
    expect(screen.getByText(/with account IDs and session names masked/)).toBeTruthy();
  });

  it('imports an export back, and rejects a hostile file with a message and no change', async () => {
    const panel = testPanel();
    await seed(panel, 3);
    const exported = exportJson(await (await panel.history).all(), { mask: false });
    await (await panel.history).clear();
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByText('No denials recorded yet.')).toBeTruthy());
    const input = screen.getByTestId('import-input') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [fileOf(exported)] } });
    await waitFor(() => expect(screen.getByText('Imported: 3 new, 0 merged.')).toBeTruthy());
    await waitFor(() => expect(rows()).toHaveLength(3));

    const hostile = JSON.stringify({ format: 'why-denied-history', version: 1, records: [{ ...makeRecord(9), pageUrl: 'javascript:alert(1)' }] });
    fireEvent.change(input, { target: { files: [fileOf(hostile)] } });
    await waitFor(() => expect(screen.getByText('Record 1 of the file is invalid (pageUrl). Nothing was imported.')).toBeTruthy());
    fireEvent.change(input, { target: { files: [fileOf('\u0000\u0001 binary')] } });
    await waitFor(() => expect(screen.getByText('The file is not JSON. Nothing was imported.')).toBeTruthy());
    expect(await (await panel.history).count()).toBe(3);
  });

  it('renders only a page of 10,000 records and shows more on request', async () => {
    const panel = testPanel();
    await seed(panel, 10_000);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByTestId('history-counts').textContent).toMatch(/^10,000 of 10,000 denials/), { timeout: 20_000 });
    expect(rows()).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    await waitFor(() => expect(rows()).toHaveLength(2 * PAGE_SIZE));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'bucket-9999' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
  }, 60_000);

  it('shows stored notices (pruning, full disk) and lets the user dismiss them', async () => {
    const panel = testPanel();
    panel.notices = [
      { id: 'pruned-1', at: 1, kind: 'pruned', count: 12, cap: 5000 },
      { id: 'quota-1', at: 2, kind: 'quota', error: 'QuotaExceededError' },
    ];
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByText(/12 least recently seen records were removed/)).toBeTruthy());
    expect(screen.getByText(/storage is full/)).toBeTruthy();
    fireEvent.click(within(screen.getByText(/12 least recently/).closest('li')!).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/12 least recently/)).toBeNull());
  });

  it('switches language and theme from the settings, and re-explains in the new language', async () => {
    const panel = testPanel({ pending: makeFinding() });
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for s3:ListBucket (en)' })).toBeTruthy());
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ja' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verdict for s3:ListBucket (ja)' })).toBeTruthy());
    expect(screen.getByRole('heading', { name: '履歴' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    fireEvent.change(screen.getByRole('combobox', { name: 'テーマ' }), { target: { value: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(panel.settings).toMatchObject({ language: 'ja', theme: 'dark' });
    expect(screen.getByText('このパネルを開くキーボードショートカット: Alt+Shift+D')).toBeTruthy();
  });

  it('asks before a lower history limit deletes records, and prunes the least recently seen', async () => {
    const panel = testPanel();
    await seed(panel, 150);
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByTestId('history-counts').textContent).toMatch(/^150 of 150 denials/));
    const limit = screen.getByRole('spinbutton', { name: 'History limit (records)' }) as HTMLInputElement;
    fireEvent.input(limit, { target: { value: '100' } });
    fireEvent.change(limit);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Keep only the 100 most recently seen records? 50 older records will be deleted.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: 'History limit (records)' }) as HTMLInputElement).value).toBe('5000'));
    expect(await (await panel.history).count()).toBe(150);
    expect(panel.settings.historyCap).toBe(5000);

    const again = screen.getByRole('spinbutton', { name: 'History limit (records)' });
    fireEvent.input(again, { target: { value: '100' } });
    fireEvent.change(again);
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete and apply' }));
    await waitFor(() => expect(screen.getByTestId('history-counts').textContent).toMatch(/^100 of 100 denials/));
    expect(panel.settings.historyCap).toBe(100);
    expect(await (await panel.history).count()).toBe(100);
    expect(screen.getByText('50 least recently seen records were removed to keep the history at 100 records.')).toBeTruthy();
    // The newest records stayed.
    expect(rows()[0]!.textContent).toContain('arn:aws:s3:::bucket-149');
  });

  it('applies a burst of live updates in one go', async () => {
    const panel = testPanel();
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByText('No denials recorded yet.')).toBeTruthy());
    const history = await panel.history;
    const result = await history.record(distinctFindings(40, 'burst'), { source: 'console', pageUrl: null });
    if (!result.ok) throw new Error('write failed');
    act(() => result.records.forEach((record) => panel.send({ type: 'history-changed', record })));
    await waitFor(() => expect(rows()).toHaveLength(40));
    expect(screen.getByTestId('history-counts').textContent).toMatch(/^40 of 40 denials/);
  });

  it('follows a Japanese browser by default', async () => {
    const panel = testPanel({ languages: ['ja-JP', 'en-US'] });
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(screen.getByText('まだ拒否は記録されていません。')).toBeTruthy());
  });
});

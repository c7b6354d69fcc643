// @vitest-environment happy-dom
// The side panel's Import button takes the output of `why-denied scan --json` as it is: the scan's denials appear in
// the history beside the console's, marked as coming from a CloudTrail scan, and the source filter finds them.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/SidePanelApp';
import { makeFinding } from '../history/fixtures/findings';
import { testPanel } from './panel-api';

function rows() {
  return within(screen.getByTestId('history-list')).getAllByRole('listitem');
}

describe('SidePanelApp: importing a CloudTrail scan', () => {
  it('adds the scan groups to the history with their counts, and filters them by source', async () => {
    const panel = testPanel();
    const history = await panel.history;
    await history.record([makeFinding({ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:q' })], { source: 'console', pageUrl: null });
    const scan = JSON.stringify({
      format: 'why-denied-scan',
      events: 20_000,
      denials: 57,
      groups: [
        { fingerprint: 'x', finding: makeFinding({ action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:123456789012:key/k' }), count: 45, firstSeen: '2026-05-01T00:00:00.000Z', lastSeen: '2026-05-06T00:00:00.000Z', sourceIps: { distinct: 1, capped: false, top: [{ value: '203.0.113.7', count: 45 }] } },
        { fingerprint: 'y', finding: makeFinding({ action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' }), count: 12, firstSeen: '2026-05-02T00:00:00.000Z', lastSeen: '2026-05-03T00:00:00.000Z' },
      ],
    });
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [new File([scan], 'scan.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByText('Imported: 2 new, 0 merged.')).toBeTruthy());
    await waitFor(() => expect(rows()).toHaveLength(3));
    const kms = rows().find((row) => row.textContent?.includes('kms:Decrypt'))!;
    expect(kms.textContent).toContain('CloudTrail scan');
    expect(kms.textContent).toContain('45');
    fireEvent.change(screen.getByRole('combobox', { name: 'Source' }), { target: { value: 'scan' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect((await history.all()).filter((r) => r.source === 'scan').map((r) => r.trail?.count).sort()).toEqual([12, 45]);
  });
});

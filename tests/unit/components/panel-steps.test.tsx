// @vitest-environment happy-dom
// The side panel with the real explainer behind it: the workload and the step-by-step checklist appear, ticks work
// and are kept while the panel is open, and the background is told when a console denial was seen (for the
// CloudTrail window) but not for pasted text, whose paste time says nothing about the error.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/SidePanelApp';
import { explain } from '../../../lib/explain/index';
import type { Finding, Lang } from '../../../lib/model';
import { makeFinding } from '../history/fixtures/findings';
import { testPanel } from './panel-api';

const ECS = makeFinding({
  principal: 'arn:aws:sts::123456789012:assumed-role/orders-api-task/0eb3c2d72ff34a2495af6aec696bdf69',
  action: 'dynamodb:PutItem',
  resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders',
  operation: 'PutItem',
  message:
    'User: arn:aws:sts::123456789012:assumed-role/orders-api-task/0eb3c2d72ff34a2495af6aec696bdf69 is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders because no identity-based policy allows the dynamodb:PutItem action',
});
const PASTED = makeFinding({ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:jobs', operation: 'SendMessage' });

async function panelWithRealExplainer() {
  const panel = testPanel();
  const calls: { finding: Finding; lang: Lang; extra: { when?: number } | undefined }[] = [];
  panel.api.explain = async (finding, lang, extra) => {
    calls.push({ finding, lang, extra });
    return { ok: true, explanation: await explain(finding, { lang, ...extra }) };
  };
  const history = await panel.history;
  const console = await history.record([ECS], { source: 'console', pageUrl: null });
  const paste = await history.record([PASTED], { source: 'paste', pageUrl: null });
  if (!console.ok || !paste.ok) throw new Error('write failed');
  return { panel, calls, consoleRecord: console.records[0]! };
}

function row(text: string) {
  const item = within(screen.getByTestId('history-list'))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(text));
  if (!item) throw new Error(`no row with ${text}`);
  return within(item).getByRole('button', { name: /Show the explanation/ });
}

describe('side panel: workload and checklist', () => {
  it('shows the workload and the steps as a checklist that can be ticked, cleared and is remembered', async () => {
    const { panel, calls, consoleRecord } = await panelWithRealExplainer();
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getAllByRole('listitem')).toHaveLength(2));

    fireEvent.click(row('orders-api-task'));
    const steps = await screen.findByRole('region', { name: 'Check step by step' });
    expect(calls.at(-1)?.extra).toEqual({ when: consoleRecord.lastSeenAt });

    const workload = screen.getByRole('region', { name: 'Where the request came from' });
    expect(workload.textContent).toContain('ECS task (task role)');
    expect(workload.textContent).toContain('probable');
    expect(workload.textContent).toContain('arn:aws:iam::123456789012:role/orders-api-task');
    expect(workload.textContent).toContain('Read from naming conventions, not proof');

    const items = within(steps).getAllByRole('listitem');
    const boxes = within(steps).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.length).toBe(items.length);
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    expect(items[0]!.textContent).toContain('aws sts get-caller-identity');
    expect(items[1]!.textContent).toContain('describe-task-definition');
    // The CloudTrail step is bounded by when the console showed the denial.
    expect(items.find((li) => li.textContent?.includes('lookup-events'))?.textContent).toContain('--start-time');
    expect(within(steps).getByText(`0 of ${boxes.length} checked`)).toBeTruthy();

    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[0]!);
    await waitFor(() => expect(within(steps).getByText(`2 of ${boxes.length} checked`)).toBeTruthy());
    expect(boxes[0]!.checked).toBe(true);
    expect(items[1]!.className).toContain('step-done');
    fireEvent.click(boxes[0]!);
    await waitFor(() => expect(within(steps).getByText(`1 of ${boxes.length} checked`)).toBeTruthy());
    expect(boxes[0]!.checked).toBe(false);

    // Another denial, then back: the tick is still there.
    fireEvent.click(row('sqs:SendMessage'));
    await waitFor(() => expect(calls.at(-1)?.finding.action).toBe('sqs:SendMessage'));
    // A pasted record gives no time: the paste happened after the error, at an unknown distance.
    expect(calls.at(-1)?.extra).toEqual({});
    await waitFor(() => expect(screen.getByRole('region', { name: 'Check step by step' }).textContent).toContain('sqs'));
    fireEvent.click(row('orders-api-task'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Check step by step' }).textContent).toContain('describe-task-definition'));
    const again = screen.getByRole('region', { name: 'Check step by step' });
    const boxesAgain = within(again).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxesAgain[1]!.checked).toBe(true);
    expect(within(again).getByText(`1 of ${boxesAgain.length} checked`)).toBeTruthy();

    fireEvent.click(within(again).getByRole('button', { name: 'Clear the ticks' }));
    await waitFor(() => expect(within(again).getByText(`0 of ${boxesAgain.length} checked`)).toBeTruthy());
    expect(boxesAgain.every((b) => !b.checked)).toBe(true);
  });

  it('speaks Japanese in the checklist', async () => {
    const { panel } = await panelWithRealExplainer();
    panel.settings = { ...panel.settings, language: 'ja' };
    render(<SidePanelApp api={panel.api} />);
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(screen.getByTestId('history-list')).getAllByRole('listitem').find((li) => li.textContent?.includes('orders-api-task'))!.querySelector('button')!);
    const steps = await screen.findByRole('region', { name: '順番に確認する' });
    expect(within(steps).getByText(/件中 0 件を確認済み/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'リクエストの発生元' }).textContent).toContain('ECS タスク（タスクロール）');
    expect(within(steps).getAllByRole('checkbox')[1]!.getAttribute('aria-label')).toMatch(/^完了: ECS タスクのタスクロールとタスク実行ロールを確認する$/);
  });
});

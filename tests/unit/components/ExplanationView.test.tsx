// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExplanationView } from '../../../components/ExplanationView';
import { makeUi, UiContext } from '../../../components/ui-context';
import type { Explanation, Lang } from '../../../lib/model';
import { makeFinding } from '../history/fixtures/findings';
import { makeExplanation } from './fixtures';

function show(explanation: Explanation, { mask = false, lang = 'en' as Lang } = {}) {
  const copied: string[] = [];
  const copy = vi.fn(async (text: string) => void copied.push(text));
  const view = render(
    <UiContext.Provider value={makeUi(lang, copy)}>
      <ExplanationView explanation={explanation} mask={mask} />
    </UiContext.Provider>,
  );
  return { ...view, copied, copy };
}

describe('ExplanationView', () => {
  it('shows what the explanation could not use right under the verdict, as text', () => {
    const { container } = show({ ...makeExplanation(), warnings: ['The IAM reference data of <b>s3</b> could not be read.'] });
    const warning = screen.getByTestId('explanation-warning');
    expect(warning.textContent).toBe('The IAM reference data of <b>s3</b> could not be read.');
    expect(container.querySelector('b')).toBeNull();
    expect(warning.previousElementSibling?.tagName).toBe('H2');
  });

  it('shows no warning when there is none', () => {
    show(makeExplanation());
    expect(screen.queryByTestId('explanation-warning')).toBeNull();
  });

  it('shows the verdict, the denied request and the ranked causes', () => {
    show(makeExplanation());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('No identity-based policy allows s3:ListBucket — add it to role Dev');
    const causes = screen.getByRole('region', { name: 'Likely causes' });
    const items = within(causes).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'certain Identity-based policyThe message says no identity-based policy allows the action.',
      'possible Permissions boundaryA permissions boundary could also lack the action.',
    ]);
    expect(screen.getByText('s3:ListBucket', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByText('arn:aws:s3:::example-bucket', { selector: 'dd' })).toBeTruthy();
  });

  it('shows an explicit deny’s fix as the Condition to add to the existing statement, copyable', async () => {
    const base = makeExplanation();
    const edit = { action: 's3:PutObject', addCondition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Dev' } } };
    const { copied } = show({ ...base, fixes: [{ target: 'scp', who: 'org-admin', attachTo: null, policy: null, note: 'Meet the condition first.', placeholders: [], edit }] });
    const fixes = screen.getByRole('region', { name: 'Fixes' });
    expect(within(fixes).getByText(/Add this Condition to the statement that denies s3:PutObject/)).toBeTruthy();
    fireEvent.click(within(fixes).getByRole('button', { name: 'Copy the Condition of fix 1' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(JSON.parse(copied[0] ?? '')).toEqual({ Condition: edit.addCondition });
  });

  it('shows each fix with who applies it, where, and highlighted JSON', () => {
    const { container } = show(makeExplanation());
    const fixes = screen.getByRole('region', { name: 'Fixes' });
    expect(within(fixes).getByText('Fix 1: Identity-based policy')).toBeTruthy();
    expect(within(fixes).getByText('Account administrator')).toBeTruthy();
    expect(within(fixes).getByText('arn:aws:iam::123456789012:role/Dev')).toBeTruthy();
    expect(within(fixes).getByText('Fix 2: Credentials')).toBeTruthy();
    expect(within(fixes).getByText('No policy change: see the note.')).toBeTruthy();
    const keys = [...container.querySelectorAll('.tok-key')].map((n) => n.textContent);
    expect(keys).toContain('"Version"');
    expect(keys).toContain('"Action"');
    expect([...container.querySelectorAll('.tok-string')].map((n) => n.textContent)).toContain('"s3:ListBucket"');
  });

  it('copy buttons put exactly the fix JSON, the command and the admin request on the clipboard', async () => {
    const explanation = makeExplanation();
    const { copied } = show(explanation);
    fireEvent.click(screen.getByRole('button', { name: 'Copy policy JSON of fix 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy command: Simulate the request' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request for your administrator' }));
    await waitFor(() => expect(copied).toHaveLength(3));
    expect(JSON.parse(copied[0]!)).toEqual(explanation.fixes[0]!.policy);
    expect(copied[1]).toBe(explanation.commands[0]!.command);
    expect(copied[2]).toBe(explanation.adminRequest);
    await waitFor(() => expect(screen.getAllByText('Copied').length).toBeGreaterThan(0));
  });

  it('says when copying failed', async () => {
    render(
      <UiContext.Provider value={makeUi('en', () => Promise.reject(new Error('denied')))}>
        <ExplanationView explanation={makeExplanation()} mask={false} />
      </UiContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request for your administrator' }));
    await waitFor(() => expect(screen.getAllByText('Copy failed').length).toBeGreaterThan(0));
  });

  it('links only to https AWS URLs and opens them safely', () => {
    show(makeExplanation());
    const links = within(screen.getByRole('region', { name: 'Links' })).queryAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('evil').tagName).toBe('SPAN');
    expect(screen.getByText('lookalike').tagName).toBe('SPAN');
  });

  it('masks account ids and session names in the admin request when the privacy option is on', async () => {
    const { copied } = show(makeExplanation(), { mask: true });
    const region = screen.getByRole('region', { name: 'Request for your administrator' });
    expect(region.textContent).not.toContain('123456789012');
    expect(region.textContent).not.toContain('alice@example.com');
    expect(region.textContent).toContain('assumed-role/Dev/SESSION-NAME');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request for your administrator' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).not.toContain('123456789012');
  });

  it('renders hostile values as text: no element, no handler, no script URL', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const finding = makeFinding({ action: evil, principal: evil, resource: `javascript:alert(1)//${evil}` });
    const explanation = makeExplanation(
      {
        verdict: evil,
        causes: [{ policyType: 'identity', likelihood: 'likely', reason: evil }],
        fixes: [{ target: 'identity-policy', who: 'you', attachTo: evil, note: evil, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: evil, Resource: '*' }] } }],
        commands: [{ purpose: evil, command: evil }],
        links: [{ label: evil, url: `javascript:${evil}` }],
        adminRequest: evil,
      },
      finding,
    );
    const { container } = show(explanation);
    expect(container.querySelector('img, script, iframe, object')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(container.textContent).toContain(evil);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows placeholders the user must fill, the workload and a steps checklist when present', () => {
    const explanation = makeExplanation({
      fixes: [{ ...makeExplanation().fixes[0]!, placeholders: ['BUCKET_NAME', 'ACCOUNT_ID'] }],
      workload: { kind: 'lambda', name: 'orders-api', roleArn: 'arn:aws:iam::123456789012:role/orders', confidence: 'probable' },
      steps: [
        { title: 'Check the role policies', command: 'aws iam list-attached-role-policies --role-name orders', meaning: 'Look for s3:ListBucket.' },
        { title: 'Check the bucket policy', command: null, meaning: 'In the S3 console.', url: 'https://s3.console.aws.amazon.com/s3/buckets/example-bucket' },
      ],
    });
    show(explanation);
    expect(screen.getByText('Replace before use: BUCKET_NAME, ACCOUNT_ID')).toBeTruthy();
    const workload = screen.getByRole('region', { name: 'Where the request came from' });
    expect(workload.textContent).toContain('orders-api');
    expect(workload.textContent).toContain('probable');
    const steps = screen.getByRole('region', { name: 'Check step by step' });
    const boxes = within(steps).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[0]!);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    expect(within(steps).getByRole('button', { name: 'Copy command: Check the role policies' })).toBeTruthy();
    expect(within(steps).getByRole('link').getAttribute('href')).toBe('https://s3.console.aws.amazon.com/s3/buckets/example-bucket');
  });

  it('lists each command once: a command a step already shows is not repeated under Commands', () => {
    const command = 'aws iam list-attached-role-policies --role-name orders';
    const explanation = makeExplanation({
      steps: [{ title: 'Check the role policies', command, meaning: 'Look for s3:ListBucket.' }],
      commands: [
        { purpose: 'Check the role policies', command },
        { purpose: 'Simulate the request', command: 'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/orders' },
      ],
    });
    show(explanation);
    expect(screen.getAllByRole('button', { name: 'Copy command: Check the role policies' })).toHaveLength(1);
    const commands = screen.getByRole('region', { name: 'Commands' });
    expect(within(commands).getAllByRole('listitem')).toHaveLength(1);
    expect(within(commands).getByRole('button', { name: 'Copy command: Simulate the request' })).toBeTruthy();
    show(makeExplanation({ steps: [{ title: 'Check the role policies', command, meaning: '' }], commands: [{ purpose: 'Check the role policies', command }] }));
    expect(screen.queryAllByRole('region', { name: 'Commands' })).toHaveLength(1);
  });

  it('speaks Japanese', () => {
    show(makeExplanation({ lang: 'ja' }), { lang: 'ja' });
    expect(screen.getByRole('region', { name: '考えられる原因' })).toBeTruthy();
    expect(screen.getByText('修正 1: アイデンティティベースのポリシー')).toBeTruthy();
    expect(screen.getByRole('button', { name: '管理者への依頼文をコピー' }).textContent).toContain('コピー');
  });
});

// @vitest-environment happy-dom
// `code` spans of explanation texts are shown as <code> holding text — never backticks, never markup.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplanationView } from '../../../components/ExplanationView';
import { InlineText } from '../../../components/InlineText';
import { makeUi, UiContext } from '../../../components/ui-context';
import type { Explanation, Lang } from '../../../lib/model';
import { makeFinding } from '../history/fixtures/findings';
import { makeExplanation } from './fixtures';

afterEach(cleanup);

function show(explanation: Explanation, lang: Lang = 'en') {
  return render(
    <UiContext.Provider value={makeUi(lang, vi.fn(async () => undefined))}>
      <ExplanationView explanation={explanation} mask={false} />
    </UiContext.Provider>,
  );
}

describe('InlineText', () => {
  it('renders code spans as <code> and the rest as text', () => {
    const { container } = render(<InlineText text="Read the policies of the role `Dev` and `arn:aws:iam::1:role/Dev`." />);
    expect(container.textContent).toBe('Read the policies of the role Dev and arn:aws:iam::1:role/Dev.');
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['Dev', 'arn:aws:iam::1:role/Dev']);
  });

  it('keeps markup inside and outside code spans as text', () => {
    const { container } = render(<InlineText text={'`<img src=x onerror="alert(1)">` then <b>bold</b>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('code')?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> then <b>bold</b>');
  });
});

describe('ExplanationView shows inline code as code', () => {
  const e = makeExplanation({
    verdict: 'No identity-based policy allows s3:ListBucket — add it to role `Dev`',
    causes: [{ policyType: 'identity', likelihood: 'certain', reason: 'The role `Dev` has no Allow.' }],
    steps: [{ title: 'Read the policies of the role `Dev`', command: 'aws iam list-attached-role-policies --role-name Dev', meaning: 'Look for `s3:ListBucket`.' }],
    commands: [{ purpose: 'List the policies of `Dev`', command: "aws iam list-role-policies --role-name Dev --query 'PolicyNames[?contains(@, `s3`)]'" }],
  });

  it('in the verdict, causes, fixes, steps and command purposes — with no backtick left in the prose', () => {
    const { container } = show(e);
    const verdict = screen.getByRole('heading', { level: 2 });
    expect(verdict.textContent).toBe('No identity-based policy allows s3:ListBucket — add it to role Dev');
    expect(verdict.querySelector('code')?.textContent).toBe('Dev');
    const prose = [...container.querySelectorAll('h2, .causes p, .note, .step-title')].map((el) => el.textContent ?? '');
    expect(prose.join('\n')).not.toContain('`');
    // Commands are copied as they are: their own backticks (a JMESPath literal here) stay.
    expect(container.querySelector('.commands pre.command')?.textContent).toContain('`s3`');
    // Accessible names read plain words.
    expect(screen.getByRole('checkbox').getAttribute('aria-label')).toBe('Done: Read the policies of the role Dev');
    expect(screen.getByRole('button', { name: 'Copy command: List the policies of Dev' })).toBeTruthy();
  });

  it('names a cause that is no policy layer by what it is, not by a "not stated" placeholder', () => {
    const credentials = makeExplanation(
      { causes: [{ policyType: 'unknown', likelihood: 'certain', reason: 'The token has expired.' }], fixes: [] },
      makeFinding({ category: 'credentials', policyType: null }),
    );
    show(credentials, 'ja');
    const causes = screen.getByRole('region', { name: '考えられる原因' });
    const item = within(causes).getByRole('listitem');
    expect(item.querySelector('strong')?.textContent).toBe('認証情報');
    expect(item.textContent).not.toMatch(/記載なし|不明|\(\?\)/);
  });
});

// @vitest-environment happy-dom
// The card shows `code` spans of its verdict as <code> text, and leaves out what it does not know rather than show
// a placeholder.
import { describe, expect, it } from 'vitest';
import { createCardLayer } from '../../../components/card/card';
import type { CardEnv } from '../../../components/card/types';
import { finding } from '../detect/fake-parse';

function env(describe: CardEnv['describe']): CardEnv {
  return {
    doc: document,
    lang: 'en',
    theme: () => 'light',
    describe,
    serviceLabel: null,
    isDismissed: () => false,
    dismiss: () => undefined,
    explain: async () => 'opened',
    copyFix: async () => ({ kind: 'no-policy' }),
    hideService: () => undefined,
  };
}

const denial = finding({ action: 's3:ListBucket', policyType: 'identity', denyKind: 'implicit' });

describe('card text', () => {
  it('renders code spans as <code> holding text, no backticks, no markup', () => {
    const host = createCardLayer(env(() => ({ verdict: 'Add it to role `Dev` or `<img src=x onerror=alert(1)>`', layer: 'Identity-based policy', who: 'You' }))).create(denial, 'k');
    const verdict = host.shadowRoot!.querySelector('.verdict')!;
    expect(verdict.textContent).toBe('Add it to role Dev or <img src=x onerror=alert(1)>');
    expect([...verdict.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['Dev', '<img src=x onerror=alert(1)>']);
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('keeps a very long verdict short across its code spans', () => {
    const long = 'role `' + 'a'.repeat(1000) + '` then more';
    const host = createCardLayer(env(() => ({ verdict: long, layer: 'x', who: 'You' }))).create(denial, 'k');
    const text = host.shadowRoot!.querySelector('.verdict')!.textContent ?? '';
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.endsWith('…')).toBe(true);
  });

  it('shows no "who acts" line when who is not known', () => {
    const host = createCardLayer(env(() => ({ verdict: 's3:ListBucket', layer: 'identity', who: '' }))).create(denial, 'k');
    expect(host.shadowRoot!.querySelector('.who')).toBeNull();
    expect(host.shadowRoot!.textContent).not.toMatch(/Who acts|—/);
  });
});

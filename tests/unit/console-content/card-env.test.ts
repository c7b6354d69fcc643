// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardEnv, consoleTheme } from '../../../entrypoints/console.content/card-env';
import type { ToBackground } from '../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { makeExplanation } from '../components/fixtures';
import { makeFinding } from '../history/fixtures/findings';

function env(reply: (m: ToBackground) => Promise<unknown>, invalid = () => false) {
  const sent: ToBackground[] = [];
  const e = cardEnv({
    doc: document,
    lang: 'ja',
    isInvalid: invalid,
    send: (m) => {
      sent.push(m);
      return reply(m);
    },
    settings: () => DEFAULT_SETTINGS,
    serviceLabel: 'S3',
    hideService: () => undefined,
  });
  return { e, sent };
}

describe('the cards on a console page', () => {
  it('follow the console dark mode when the theme is auto', () => {
    document.body.className = 'awsui-polaris-dark-mode';
    expect(consoleTheme(document, 'auto')).toBe('dark');
    expect(consoleTheme(document, 'light')).toBe('light');
    document.body.className = '';
    expect(consoleTheme(document, 'auto')).toBe('light');
  });

  it('open the side panel and tell a refusal or a stale page apart', async () => {
    expect(await env(async () => ({ opened: true })).e.explain(makeFinding())).toBe('opened');
    expect(await env(async () => ({ opened: false })).e.explain(makeFinding())).toBe('failed');
    expect(await env(() => Promise.reject(new Error('gone')), () => true).e.explain(makeFinding())).toBe('stale');
  });

  it('ask for the explanation in the page language for Copy fix', async () => {
    const { e, sent } = env(async () => ({ ok: true, explanation: makeExplanation({ fixes: [] }) }));
    expect(await e.copyFix(makeFinding())).toEqual({ kind: 'no-policy' });
    expect(sent[0]).toMatchObject({ type: 'explain', lang: 'ja' });
    expect(await env(async () => ({ ok: false, error: 'x' })).e.copyFix(makeFinding())).toEqual({ kind: 'failed' });
  });

  it('remember dismissals for the page', () => {
    const { e } = env(async () => undefined);
    e.dismiss('k');
    expect([e.isDismissed('k'), e.isDismissed('other')]).toEqual([true, false]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardEnv, consoleTheme } from '../../../entrypoints/console.content/card-env';
import { MAX_CONTEXT_CHARS, type ToBackground } from '../../../lib/messages';
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
    expect(await env(async () => ({ opened: true })).e.explain(makeFinding(), undefined)).toBe('opened');
    expect(await env(async () => ({ opened: false })).e.explain(makeFinding(), undefined)).toBe('failed');
    expect(await env(() => Promise.reject(new Error('gone')), () => true).e.explain(makeFinding(), undefined)).toBe('stale');
  });

  it('ask for the explanation in the page language for Copy fix', async () => {
    const { e, sent } = env(async () => ({ ok: true, explanation: makeExplanation({ fixes: [] }) }));
    expect(await e.copyFix(makeFinding(), undefined)).toEqual({ kind: 'no-policy' });
    expect(sent[0]).toMatchObject({ type: 'explain', lang: 'ja' });
    expect(await env(async () => ({ ok: false, error: 'x' })).e.copyFix(makeFinding(), undefined)).toEqual({ kind: 'failed' });
  });

  it('send the message the finding was read from as the context, capped as the background caps it', async () => {
    const { e, sent } = env(async (m) => (m.type === 'open-panel' ? { opened: true } : { ok: true, explanation: makeExplanation({ fixes: [] }) }));
    const text = 'AccessDeniedException: The ciphertext refers to a customer master key that does not exist';
    await e.explain(makeFinding(), text);
    await e.copyFix(makeFinding(), text + 'x'.repeat(MAX_CONTEXT_CHARS));
    await e.copyFix(makeFinding(), undefined);
    expect(sent[0]).toMatchObject({ type: 'open-panel', context: text });
    expect(sent[1]).toMatchObject({ type: 'explain', lang: 'ja' });
    expect((sent[1] as { context: string }).context).toHaveLength(MAX_CONTEXT_CHARS);
    expect(sent[2]).not.toHaveProperty('context');
  });

  it('remember dismissals for the page', () => {
    const { e } = env(async () => undefined);
    e.dismiss('k');
    expect([e.isDismissed('k'), e.isDismissed('other')]).toEqual([true, false]);
  });
});

// The explain message's optional parts (issue 6): the text around a finding and when it was seen travel to the
// explainer, checked and capped, since any extension context could send anything.
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, explainRequest, MAX_CONTEXT_CHARS, type BackgroundDeps } from '../../../entrypoints/background/handlers';
import type { Finding } from '../../../lib/model';
import { makeExplanation } from '../components/fixtures';
import { makeFinding } from '../history/fixtures/findings';

describe('explain request', () => {
  it('keeps a string context (capped) and a finite positive time, and drops anything else', () => {
    expect(explainRequest({ lang: 'ja', context: 'log text', when: 1_700_000_000_000 })).toEqual({ lang: 'ja', context: 'log text', when: 1_700_000_000_000 });
    expect(explainRequest({ lang: 'xx', context: 42, when: 'yesterday' })).toEqual({ lang: 'en' });
    expect(explainRequest({ context: '', when: Number.NaN })).toEqual({ lang: 'en' });
    expect(explainRequest({ when: -5 })).toEqual({ lang: 'en' });
    expect(explainRequest({ context: 'x'.repeat(MAX_CONTEXT_CHARS * 3) }).context).toHaveLength(MAX_CONTEXT_CHARS);
  });

  it('passes them to the explainer', async () => {
    const explain = vi.fn(async (finding: Finding, { lang }: { lang: 'en' | 'ja' }) => makeExplanation({ lang }, finding));
    const handlers = createHandlers({ explain } as unknown as BackgroundDeps);
    const reply = await handlers.onMessage({ type: 'explain', finding: makeFinding(), lang: 'en', context: 'around', when: 123 }, {});
    expect(reply).toMatchObject({ ok: true });
    expect(explain).toHaveBeenCalledWith(makeFinding(), { lang: 'en', context: 'around', when: 123 });
    await handlers.onMessage({ type: 'explain', finding: makeFinding() }, {});
    expect(explain).toHaveBeenLastCalledWith(makeFinding(), { lang: 'en' });
  });
});

// The explain message (DESIGN.md Contract 4) sent for each finding from an extension page, in order, as the popup and
// a card's Copy fix send it: what the built extension's background answers, raw. Used by the parity test and the
// extension eval, which compare those answers with the terminal's and Node's.
import type { Page } from '@playwright/test';
import type { Finding, Lang } from '../../lib/model';

export interface ExplainRequest {
  finding: Finding;
  context?: string;
}

export function explainInBackground(page: Page, requests: readonly ExplainRequest[], lang: Lang): Promise<unknown[]> {
  return page.evaluate(
    async ({ requests, lang }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const out: unknown[] = [];
      for (const r of requests) out.push(await runtime.sendMessage({ type: 'explain', finding: r.finding, lang, context: r.context }));
      return out;
    },
    { requests: requests.map(({ finding, context }) => ({ finding, context })), lang },
  );
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineEnv } from '../../../entrypoints/console-engine/create-engine';
import type { Finding } from '../../../lib/model';

const KMS = 'Caught an error: AccessDeniedException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

function engine() {
  const asked: { what: 'explain' | 'copy'; finding: Finding; context: string | undefined }[] = [];
  const env: EngineEnv = {
    doc: document,
    lang: 'en',
    theme: () => 'light',
    serviceLabel: null,
    isDismissed: () => false,
    dismiss: () => undefined,
    explain: async (finding, context) => {
      asked.push({ what: 'explain', finding, context });
      return 'opened';
    },
    copyFix: async (finding, context) => {
      asked.push({ what: 'copy', finding, context });
      return { kind: 'no-policy' };
    },
    hideService: () => undefined,
  };
  return { engine: createEngine(env), asked };
}

function click(host: HTMLElement, label: string): void {
  const button = Array.from(host.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
  if (!button) throw new Error(`no button ${label}`);
  button.click();
}

describe('the console engine', () => {
  it('gives a card’s Explain and Copy fix the message the finding was read from, as the popup gives its paste', async () => {
    const { engine: e, asked } = engine();
    const [finding] = e.findingsIn(KMS, 'strong');
    expect(finding).toBeDefined();
    // The finding's own message is the code alone; the sentence that makes it a KMS key-policy case is the context.
    expect(finding!.message.length).toBeLessThan(KMS.length);
    const host = e.layer.create(finding!, e.key(finding!));
    click(host, 'Explain');
    click(host, 'Copy fix');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked.map((a) => [a.what, a.context])).toEqual([
      ['explain', KMS],
      ['copy', KMS],
    ]);
  });

  it('sends no context for a finding it did not read (a card updated from elsewhere keeps working)', async () => {
    const { engine: e, asked } = engine();
    const [finding] = e.findingsIn(KMS, 'strong');
    const host = e.layer.create({ ...finding! }, 'k');
    click(host, 'Copy fix');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked[0]?.context).toBeUndefined();
  });
});

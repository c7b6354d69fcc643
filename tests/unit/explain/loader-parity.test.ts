// explain() loads the IAM data of only the services a finding involves (lib/explain/explainer.ts); explainWith()
// with every service loaded is the reference. They must agree on every real denial, with its pasted text as context:
// a service the explanation needs but the loader left out shows as a "*" resource or a missing dependent action.
import { describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import { ownDenials, sharedCorpus, SHARED_CORPUS } from '../../support/corpora';
import { allServices } from '../iam/all-services';

const shared = sharedCorpus();
const lines = [...ownDenials(), ...(shared ?? [])];

describe('explain() loads what the explanation needs', () => {
  if (!shared) it.skip(`shared corpus not found at ${SHARED_CORPUS}: only the collected denials are compared`, () => {});

  it('gives the same explanation as explainWith() over every service, for every collected and shared denial', async () => {
    const iam = allServices();
    const differ: string[] = [];
    let compared = 0;
    for (const line of lines) {
      for (const [i, f] of parse(line.text).entries()) {
        const opts = { lang: 'en' as const, context: line.text, when: 0 };
        const lazy = await explain(f, opts);
        const full = explainWith(f, iam, opts);
        compared++;
        if (JSON.stringify(lazy) !== JSON.stringify(full)) differ.push(`${line.id}#${i + 1}`);
      }
    }
    expect(compared).toBeGreaterThan(70);
    expect(differ).toEqual([]);
  }, 120_000);

  it('a KMS ciphertext message inside another service’s call loads KMS (the identity policy scopes kms:Decrypt to a key, not "*")', async () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the GetParameter operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';
    const f = parse(text)[0]!;
    const e = await explain(f, { lang: 'en', context: text });
    // The caller's identity policy names a key ARN (a key policy's own "Resource": "*" means that key).
    const identity = e.fixes.find((x) => x.target === 'identity-policy')?.policy?.Statement ?? [];
    expect(identity.map((s) => s.Action)).toContain('kms:Decrypt');
    expect(identity.flatMap((s) => [s.Resource ?? []].flat())).not.toContain('*');
  });
});

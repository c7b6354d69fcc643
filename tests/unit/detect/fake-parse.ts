// A stand-in for lib/parse in detection tests: reads only the IAM sentence, EC2's encoded message and a bare
// "Access Denied", so these tests pin what lib/detect does (containers, text, merging) whatever the real parser
// learns. The e2e tests run the real parser on the same kinds of pages.
import type { Finding } from '../../../lib/model';
import { unknownDenial } from '../../../lib/finding';

const SENTENCE =
  /User: (\S+) is not authorized to perform: (\S+?)(?: on resource: (\S+?))?(?: because no (identity-based|session|service control) polic(?:y|ies) allows? the \S+ action| with an explicit deny in an? (identity-based|session|service control) policy)?(?=[.\s]|$)/g;
const LAYERS: Record<string, Finding['policyType']> = {
  'identity-based': 'identity',
  session: 'session',
  'service control': 'scp',
};

export const finding = unknownDenial;

export function fakeParse(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const implicit = m[4];
    const explicit = m[5];
    found.push(
      finding({
        principal: m[1] ?? null,
        action: m[2] ?? null,
        resource: m[3] ?? null,
        policyType: LAYERS[implicit ?? explicit ?? ''] ?? 'unknown',
        denyKind: implicit ? 'implicit' : explicit ? 'explicit' : 'unknown',
        message: m[0],
      }),
    );
  }
  if (found.length === 0 && /Encoded authorization failure message/.test(text)) {
    found.push(finding({ encoded: true, errorCode: 'UnauthorizedOperation', message: text }));
  }
  if (found.length === 0 && /^access denied$/im.test(text)) found.push(finding({ errorCode: 'AccessDenied', message: text }));
  return found;
}

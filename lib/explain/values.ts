// Small readers for values copied from messages: regions, bounded clean values, and masks inside names turned into
// placeholders. Masks must never reach a policy as-is: `***` in a policy is a wildcard. Partitions and account IDs
// are lib/arn.ts's, the mask checks lib/mask.ts's.

/** A region name such as us-east-1, cn-north-1, us-gov-west-1, eusc-de-east-1. */
export function isRegion(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/.test(value);
}

/**
 * A value without the sentence's punctuation after it (`punctuation` anchored at the end), unless it ends in an
 * elided tail (`webacl/NAME/...`, `key/0063c4a6-…`): the dots mark a value cut out, a placeholder to fill, not
 * punctuation nor a separator meaning "all".
 */
export function withoutSentenceEnd(value: string, punctuation: RegExp): string {
  return /(?:\.\.\.|…)$/.test(value) ? value : value.replace(punctuation, '');
}

/** Upper-case tokens joined by underscores (`USER_ID`, `APP_DELIVERY_STREAM`): placeholders a writer left, or ours. */
export const PLACEHOLDER_TOKENS = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** A value that is one upper-case token (`ID`, `TABLE_NAME`): a placeholder, not a name to carry over. */
export function isPlaceholderToken(value: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(value);
}

/** A value from a message, bounded and without control characters; null when empty or absurdly long. */
export function clean(value: string | null | undefined, max = 2048): string | null {
  if (value === null || value === undefined) return null;
  const v = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (v === '' || v.length > max) return null;
  return v;
}

/** `<TARGET_ACCOUNT>`, `${CLUSTER_NAME}`, `{account-id}`, `[account id]`: a mask inside a longer name. */
const EMBEDDED_MASK = /<([^<>]{1,40})>|\$\{([^{}]{1,40})\}|\{([^{}]{1,40})\}|\[([^[\]]{1,40})\]/g;

/** A placeholder token for a mask's words: `<eks-pod-role>` → EKS_POD_ROLE, `${CLUSTER_NAME}` → CLUSTER_NAME. */
export function tokenFor(words: string): string {
  const token = words
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z]/.test(token) ? (token.includes('_') ? token : `${token}_VALUE`) : `VALUE_${token || 'X'}`;
}

/**
 * A name from a message with the masks inside it made placeholders, e.g. `cdk-hnb659fds-lookup-role-<TARGET_ACCOUNT>-
 * us-east-1` → `cdk-hnb659fds-lookup-role-TARGET_ACCOUNT_ID-us-east-1` when `<TARGET_ACCOUNT>` is the resource's
 * account mask too. `known` maps mask texts to the token already chosen for them (an account placeholder).
 */
export function unmaskWithin(value: string, placeholders: string[], known: ReadonlyMap<string, string> = new Map()): string {
  let out = value.replace(EMBEDDED_MASK, (whole, a?: string, b?: string, c?: string, d?: string) => {
    const token = known.get(whole) ?? tokenFor(a ?? b ?? c ?? d ?? '');
    if (!placeholders.includes(token)) placeholders.push(token);
    return token;
  });
  // A writer's bare token for the account (`AWS_ACCOUNT`) repeated inside the name is that account too.
  for (const [mask, token] of known) {
    if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(mask) || out.indexOf(mask) < 0) continue;
    const at = new RegExp(`(?<![A-Za-z0-9])${mask}(?![A-Za-z0-9])`, 'g');
    const replaced = out.replace(at, token);
    if (replaced !== out && !placeholders.includes(token)) placeholders.push(token);
    out = replaced;
  }
  return out;
}

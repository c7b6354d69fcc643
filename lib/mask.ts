// Masks people put into pasted messages: `XXXX`, `***`, `<account-id>`, `${ACCOUNT}`, `[redacted]`. Two questions
// are asked of a value, and they differ on purpose:
// - explain (fixes, policies) asks `containsMask`: any sign of hiding disqualifies a value, because a mask pasted into
//   a policy is wrong or, for `*`, a wildcard;
// - workload recognition asks `isWhollyMasked`: a partly masked name (`xxxxxxxx-cluster-CreationRole…`) still
//   carries naming clues, so only a value hidden as a whole is dropped.

/** The characters IAM allows in a role or user name: a value with any other (a writer's `<env>` inside it) is a stand-in. */
export const IAM_NAME = /^[\w+=,.@-]+$/;

const WHOLE_TEMPLATE = /^[<{[(].*[>}\])]$|^\$\{.*\}$|^\$[A-Za-z_]+$/;

/**
 * True when the whole value is hidden (or absent): `XXXX`, `***`, `<account-id>`, `{role-arn}`, `${ACCOUNT}`,
 * `[id]`, `***REDACTED**`.
 */
export function isWhollyMasked(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  const v = value.trim();
  if (v === '') return true;
  if (/^[xX*#.…_-]+$/.test(v)) return true;
  if (WHOLE_TEMPLATE.test(v)) return true;
  return /^[*#_\s-]*redacted[*#_\s-]*$/i.test(v);
}

/**
 * True when any part of the value is hidden or templated (or it is absent): everything `isWhollyMasked` accepts,
 * plus runs such as `xxx`, `yyy`, `**`, `##`, `...` or the word `redacted` anywhere inside it.
 */
export function containsMask(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  const v = value.trim();
  if (v === '') return true;
  if (/^[xXyYzZ*#.…_-]+$/.test(v)) return true;
  if (WHOLE_TEMPLATE.test(v)) return true;
  return /redacted|x{3,}|y{3,}|\*{2,}|#{2,}|\.\.\./i.test(v);
}

// Values from a pasted message go into shell commands the user will copy and run, so every value is quoted for
// POSIX shells unless it is made only of characters that are safe bare. A hostile message (`$(…)`, backticks,
// quotes, newlines) therefore ends up as an inert string argument.
import { IAM_NAME } from '../mask';

const SAFE_BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;
const MAX_VALUE = 1024;

export function sh(value: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim().slice(0, MAX_VALUE);
  if (flat !== '' && SAFE_BARE.test(flat)) return flat;
  return `'${flat.replace(/'/g, `'\\''`)}'`;
}

/** An IAM name usable bare in a command (role, user, function names), or null when it is not one. */
export function iamName(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  return v.length <= 128 && IAM_NAME.test(v) ? v : null;
}

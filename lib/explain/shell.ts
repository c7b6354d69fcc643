// Quoting for the AWS CLI commands we print. Values come from page text and pasted logs: whatever they hold, the
// command must stay one argument per value (no command substitution, no second command).

const SAFE = /^[A-Za-z0-9_./:@=,+%-]+$/;

export function sh(value: string): string {
  if (value !== '' && SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

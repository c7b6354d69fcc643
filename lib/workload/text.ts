// Fills `{name}` placeholders of the i18n templates. Values come from pasted text, so they are flattened to one
// line, stripped of backticks (they sit inside `…` in the templates) and capped: a note must stay readable and
// can never carry markup or a second line.

export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function cleanValue(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029`]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/**
 * `vars` are values from the message (flattened, backticks removed); `composed` are sentences this code built
 * from such values already (flattened only, so their own `…` quoting survives).
 */
export function fill(
  template: string,
  vars: Record<string, string | null | undefined>,
  composed: Record<string, string> = {},
): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const c = composed[key];
    if (typeof c === 'string') return c.replace(/\s+/g, ' ').trim();
    const v = vars[key];
    return typeof v === 'string' ? cleanValue(v) : whole;
  });
}

// ARN templates of the Service Authorization Reference (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`):
// which resource type an ARN from a message is, and the ARN to put in a policy when the message lacks parts of it.

const VAR = /\$\{([^}]+)\}/g;
const MAX_ARN = 2048;

/** Variables that describe where a resource lives rather than which one it is. */
export const LOCATION_VARS = new Set(['Partition', 'Region', 'Account']);

export function templateVars(template: string): string[] {
  return [...template.matchAll(VAR)].map((m) => m[1] ?? '');
}

const regexCache = new Map<string, { re: RegExp; vars: string[]; literal: number }>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(template: string): { re: RegExp; vars: string[]; literal: number } {
  let hit = regexCache.get(template);
  if (hit) return hit;
  const parts = template.split(/(\$\{[^}]+\})/);
  const vars: string[] = [];
  let source = '^';
  let literal = 0;
  parts.forEach((part, i) => {
    const v = /^\$\{([^}]+)\}$/.exec(part);
    if (!v) {
      literal += part.length;
      source += escape(part);
      return;
    }
    const name = v[1] ?? '';
    vars.push(name);
    const next = parts.slice(i + 1).join('');
    // Location parts never hold a colon. A resource's own part may hold slashes and colons (log group names,
    // object keys), so it stops only at the first character of the literal that follows it; the last part takes
    // the rest. Each part is a single character class, so matching stays linear on hostile input.
    if (LOCATION_VARS.has(name)) source += '([^:]*)';
    else if (next === '') source += '(.+)';
    else if (next.startsWith('${')) source += '([^:/]+)';
    else source += `([^${escape(next[0] ?? ':')}]+)`;
  });
  hit = { re: new RegExp(source + '$'), vars, literal };
  regexCache.set(template, hit);
  return hit;
}

/** The template's variables as found in `arn`, or null when the ARN is not of this template's shape. */
export function matchTemplate(template: string, arn: string): Record<string, string> | null {
  if (arn.length > MAX_ARN) return null;
  const { re, vars } = compile(template);
  const m = re.exec(arn);
  if (!m) return null;
  const values: Record<string, string> = {};
  vars.forEach((v, i) => {
    values[v] = m[i + 1] ?? '';
  });
  return values;
}

/** How specific a template is: more literal text means a closer fit when several templates match one ARN. */
export function templateSpecificity(template: string): number {
  return compile(template).literal;
}

/** `BucketName` → `BUCKET_NAME`: the placeholder people replace by hand. */
export function placeholderFor(variable: string): string {
  if (variable === 'Account') return 'ACCOUNT_ID';
  // RoleNameWithPath → ROLE_NAME: the path is optional and the name is what people know.
  return variable
    .replace(/WithPath$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

export interface FilledArn {
  arn: string;
  /** The placeholders left in `arn` because the message did not give their values. */
  placeholders: string[];
}

/** Fills a template; variables without a value become placeholders, or `*` when `wildcard` names them. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | null | undefined>>,
  wildcard: ReadonlySet<string> = new Set(),
): FilledArn {
  const placeholders: string[] = [];
  const arn = template.replace(VAR, (_whole, name: string) => {
    const value = values[name];
    if (value !== null && value !== undefined && value !== '') return value;
    if (wildcard.has(name)) return '*';
    const ph = placeholderFor(name);
    if (!placeholders.includes(ph)) placeholders.push(ph);
    return ph;
  });
  return { arn, placeholders };
}

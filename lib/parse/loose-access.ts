// Reading the values the forgiving reader (loose-json.ts) returns: a member by key, a string or boolean whatever
// rendering carried it, the items of a list, a plain JS value for display.
import type { Loose } from './loose-types';

/** The value of `key` in an object (exact key first, then case-insensitively or in snake_case), or undefined. */
export function get(node: Loose | null | undefined, key: string): Loose | undefined {
  if (!node || node.t !== 'o') return undefined;
  const i = node.keys.indexOf(key);
  if (i >= 0) return node.vals[i];
  const lower = key.toLowerCase();
  for (let k = 0; k < node.keys.length; k++) {
    // (A snake_case rendering names the same member: Steampipe's and some SIEMs' `error_code`, `event_name`.)
    const name = node.keys[k]!.toLowerCase();
    if (name === lower || (name.indexOf('_') > 0 && name.replace(/_/g, '') === lower)) return node.vals[k];
  }
  return undefined;
}

/** A string (or bare word) value as text, trimmed; null for objects, arrays, empty strings and null-ish words. */
export function str(node: Loose | null | undefined): string | null {
  if (!node) return null;
  if (node.t === 's') {
    const v = node.v.trim();
    return v === '' ? null : v;
  }
  if (node.t === 'b') {
    if (node.expr) return null;
    const v = node.v;
    return v === '' || v === 'null' || v === 'None' || v === 'undefined' || v === 'nil' ? null : v;
  }
  return null;
}

/** true/false of a boolean-ish value (`true`, `True`, `"true"`), null when it is neither. */
export function bool(node: Loose | null | undefined): boolean | null {
  const v = str(node)?.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}

export function items(node: Loose | null | undefined): Loose[] {
  return node && node.t === 'a' ? node.items : [];
}

/** A path of keys (`get(get(node, a), b)…`). */
export function path(node: Loose | null | undefined, ...keys: string[]): Loose | undefined {
  let cur: Loose | undefined = node ?? undefined;
  for (const key of keys) {
    cur = get(cur, key);
    if (!cur) return undefined;
  }
  return cur;
}

/** A plain JSON value (objects, arrays, strings, numbers, booleans, null) of what was read, at most `budget` nodes. */
export function toPlain(node: Loose, budget = { left: 2000 }): unknown {
  if (--budget.left < 0) return null;
  switch (node.t) {
    case 'o': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < node.keys.length; i++) {
        const key = node.keys[i]!;
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        out[key] = toPlain(node.vals[i]!, budget);
      }
      return { ...out };
    }
    case 'a':
      return node.items.map((item) => toPlain(item, budget));
    case 's':
      return node.v;
    case 'b': {
      const v = node.v;
      if (v === 'true' || v === 'True') return true;
      if (v === 'false' || v === 'False') return false;
      if (v === 'null' || v === 'None' || v === '') return null;
      return /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : v;
    }
  }
}

// Lookups in constant tables keyed by text from a message. A plain `table[key]` answers `__proto__` or
// `constructor` with Object's own members, which crashed the explainer on hostile input (found by the fuzz).
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

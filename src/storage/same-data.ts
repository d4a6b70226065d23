/**
 * Equality of stored data (what IndexedDB returns: plain objects, arrays, strings, numbers, booleans, null):
 * the same keys with the same values, at every depth. Cheaper than comparing two JSON strings, which builds
 * both strings in full before looking at the first difference.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  for (const key of aKeys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData(aRecord[key], bRecord[key])) return false;
  }
  return true;
}

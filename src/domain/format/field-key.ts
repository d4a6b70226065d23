import type { FieldKey } from './types';

/** The one cell identity: `${table}.${row}.${col}`. Keys never contain dots themselves. */
export function fieldKey(table: string, row: string, col: string): FieldKey {
  return `${table}.${row}.${col}`;
}

export function parseFieldKey(key: FieldKey): { table: string; row: string; col: string } | null {
  const parts = key.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  const [table, row, col] = parts as [string, string, string];
  return { table, row, col };
}

/**
 * The cells where a received file differs from the report's current values, in the order the format
 * prints them. Only input cells are compared (computed cells follow from them); a cell absent from the
 * file is blank, and money is compared as stored (rounded), so a file that was imported unchanged shows none.
 */
import { cellName } from '@/domain/format/cell-name';
import { indexFormat } from '@/domain/format/format-index';
import type { FieldKey, FormatDef, Values } from '@/domain/format/types';
import { roundMoney } from '@/domain/values/money';

export interface VersionDiffCell {
  field: FieldKey;
  name: string;
  file: number | null;
  current: number | null;
}

export function versionDiff(format: FormatDef, fileValues: Values, current: Values): VersionDiffCell[] {
  const out: VersionDiffCell[] = [];
  for (const def of indexFormat(format).inputs) {
    const raw = fileValues[def.key] ?? null;
    const file = raw !== null && def.kind === 'money' ? roundMoney(raw) : raw;
    const now = current[def.key] ?? null;
    if (file !== now) out.push({ field: def.key, name: cellName(def), file, current: now });
  }
  return out;
}

import type { FieldDef } from './types';

/**
 * The name of one cell in a message about that cell alone: the field's short name plus its column when the short
 * name does not already say it (Table 三's rows are named without the applicant column, because its rules name
 * the column once as their scope).
 */
export function cellName(f: FieldDef): string {
  const col = f.colLabels[f.colLabels.length - 1];
  return col && !f.short.includes(col) ? `${f.short}（${col}）` : f.short;
}

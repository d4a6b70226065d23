/**
 * The collecting office's workbook: the area total first, then every unit's report, each sheet written by the
 * same code as the single-report export (`addOfficialSheet`), so the two can never drift apart.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { addOfficialSheet, loadExcel, WORKBOOK_CREATOR } from '@/io/export/official-sheet';
import { uniqueSheetNames } from './sheet-names';

export interface OfficeUnitReport {
  name: string;
  values: Values;
  format: FormatDef;
}

export interface OfficeWorkbookInput {
  /** The area's name without the suffix, e.g. `示例区`; the total is titled `示例区（汇总）`. */
  areaName: string;
  year: number;
  format: FormatDef;
  consolidated: Values;
  units: readonly OfficeUnitReport[];
}

export const TOTAL_SHEET_NAME = '汇总';

/** The unit name printed on the total's sheet: `示例区（汇总）`. */
export function consolidatedUnitName(areaName: string): string {
  const area = areaName.trim() || '本地区';
  return area.endsWith('（汇总）') ? area : `${area}（汇总）`;
}

export async function exportOfficeWorkbook(input: OfficeWorkbookInput): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  const names = uniqueSheetNames([TOTAL_SHEET_NAME, ...input.units.map((u) => u.name)], '单位');
  addOfficialSheet(workbook, names[0] ?? TOTAL_SHEET_NAME, {
    format: input.format,
    values: input.consolidated,
    unitName: consolidatedUnitName(input.areaName),
    year: input.year,
  });
  input.units.forEach((unit, i) => {
    addOfficialSheet(workbook, names[i + 1] ?? `单位${i + 1}`, {
      format: unit.format,
      values: unit.values,
      unitName: unit.name,
      year: input.year,
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

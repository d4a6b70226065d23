/**
 * The collecting office's workbook: the area total first, then every unit's report, each sheet written by the
 * same code as the single-report export (`addOfficialSheet`), so the two can never drift apart.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { addOfficialSheet, loadExcel, newOfficialWorkbook } from '@/io/export/official-sheet';
import { uniqueSheetNames } from './sheet-names';

export interface OfficeUnitReport {
  name: string;
  values: Values;
  format: FormatDef;
}

export interface OfficeWorkbookInput {
  /** The area unit's name, e.g. `示例区（全区）` or `示例区`; the total is titled `示例区（汇总）`. */
  areaName: string;
  year: number;
  format: FormatDef;
  consolidated: Values;
  units: readonly OfficeUnitReport[];
}

export const TOTAL_SHEET_NAME = '汇总';

/** An area unit is usually called `湛河区（全区）`: its total drops the （全区）/（全市）/… before （汇总） is added. */
const WHOLE_AREA = /[（(]全[区市县省旗州盟][）)]$/;

/** `湛河区（全区）` → `湛河区`, for file names and the total's title. */
export function areaBaseName(areaName: string): string {
  return areaName.trim().replace(WHOLE_AREA, '').trim() || areaName.trim();
}

/**
 * The unit name printed on the total's sheet, from the area unit's name: `湛河区（全区）` → `湛河区（汇总）`.
 * The app's exports, its on-screen heading and the command line's `consolidate --area` all name the total here.
 */
export function consolidatedUnitName(areaName: string): string {
  const area = areaBaseName(areaName) || '本地区';
  return area.endsWith('（汇总）') ? area : `${area}（汇总）`;
}

export async function exportOfficeWorkbook(input: OfficeWorkbookInput): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = newOfficialWorkbook(excel);
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

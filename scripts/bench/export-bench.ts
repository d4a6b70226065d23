/**
 * Export of the collecting office's workbook (area total + 300 unit sheets) in Node, through the app's own
 * `exportOfficeWorkbook`, against exceljs writing the same cells raw: one sheet per unit with every planned
 * cell's text or number at the same address, but no styles, merges, widths or page setup. The sheet plans of
 * the baseline are made before its clock starts, so it times only exceljs.
 */
import type * as ExcelJSNamespace from 'exceljs';
import { consolidate } from '../../src/domain/consolidate/consolidate';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { loadExcel } from '../../src/io/export/official-sheet';
import { planSheet, type PlannedCell } from '../../src/io/export/sheet-plan';
import { exportOfficeWorkbook, type OfficeUnitReport } from '../../src/io/office/office-workbook';
import { syntheticReport } from './domain-bench';
import { type Figure, timePairMedianAsync } from './measure';

const UNITS = 300;
const YEAR = 2025;

function rawValue(cell: PlannedCell): string | number | null {
  const c = cell.content;
  if ('text' in c) return c.text;
  if ('formula' in c) return c.result;
  return c.number;
}

async function writeRaw(excel: typeof ExcelJSNamespace, sheets: readonly PlannedCell[][]): Promise<number> {
  const workbook = new excel.Workbook();
  sheets.forEach((cells, i) => {
    const sheet = workbook.addWorksheet(`S${i}`);
    for (const cell of cells) sheet.getCell(cell.row, cell.col).value = rawValue(cell);
  });
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

export async function exportFigures(): Promise<Figure[]> {
  const format = NATIONAL_2021;
  const units: OfficeUnitReport[] = Array.from({ length: UNITS }, (_, i) => ({
    name: `示例区第${i + 1}单位`,
    format,
    values: syntheticReport(format, i + 7),
  }));
  const consolidated = consolidate(
    format,
    units.map((u, i) => ({ unitId: `u${i}`, format, values: u.values })),
  ).values;
  const input = { areaName: '示例区', year: YEAR, format, consolidated, units };
  const plans = [
    planSheet({ format, values: consolidated, unitName: '示例区（汇总）', year: YEAR }).cells,
    ...units.map((u) => planSheet({ format, values: u.values, unitName: u.name, year: YEAR }).cells),
  ];
  const excel = await loadExcel();
  let bytes = 0;
  // Alternating runs after one warm-up each: a run takes a second or more, and the two cores are shared.
  const [ours, raw] = await timePairMedianAsync(
    async () => {
      bytes += (await exportOfficeWorkbook(input)).byteLength;
    },
    async () => {
      bytes += await writeRaw(excel, plans);
    },
  );
  if (bytes < 0) console.log(bytes);
  return [
    {
      name: `导出汇总工作簿（${UNITS} 个单位 + 汇总，共 ${UNITS + 1} 张表）`,
      ms: ours,
      baselineName: 'exceljs 直接写同样的单元格（无样式）',
      baselineMs: raw,
      targetRatio: 1.5,
    },
  ];
}

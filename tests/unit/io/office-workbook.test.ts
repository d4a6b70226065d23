/**
 * The office workbook read back with SheetJS: the total first, one sheet per unit, the total equal to the sum
 * of the units, and every unit sheet identical to that unit's single-report export.
 */
import * as XLSX from 'xlsx';
import { consolidate } from '@/domain/consolidate/consolidate';
import { indexFormat } from '@/domain/format/format-index';
import { computeAll } from '@/domain/rules/compute';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { planSheet } from '@/io/export/sheet-plan';
import { exportOfficeWorkbook } from '@/io/office/office-workbook';
import { cellAt, evaluateSum, readSheet } from './read-back';
import { OFFICE_FIXTURES, loadOfficeReport } from './office-fixtures';

const reports = OFFICE_FIXTURES.map(loadOfficeReport);
const format = reports[0]!.format;
const total = consolidate(
  format,
  reports.map((r) => ({ unitId: r.unitName, format: r.format, values: r.values })),
);
const units = reports.map((r) => ({ name: r.unitName, values: r.values, format: r.format }));

function read(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true, cellNF: true });
}

/** Every cell of a sheet (text, number, formula) and its merges, in a comparable form. */
function snapshot(sheet: XLSX.WorkSheet) {
  const cells = Object.entries(sheet)
    .filter(([k]) => !k.startsWith('!'))
    .map(([k, c]) => {
      const cell = c as XLSX.CellObject;
      return [k, cell.t, cell.v, cell.f ?? '', cell.z ?? ''];
    })
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  const merges = (sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
  const cols = (sheet['!cols'] ?? []).map((c) => c?.wch ?? c?.width);
  const rows = (sheet['!rows'] ?? []).map((r) => r?.hpt);
  return { cells, merges, cols, rows };
}

describe('exportOfficeWorkbook', () => {
  let book: XLSX.WorkBook;

  beforeAll(async () => {
    const bytes = await exportOfficeWorkbook({
      areaName: '示例区（全区）',
      year: 2024,
      format,
      consolidated: total.values,
      units,
    });
    book = read(bytes);
  });

  it('puts the total first, then one sheet per unit, named after the unit', () => {
    expect(book.SheetNames).toEqual(['汇总', '示例区财政局', '示例区城关街道办事处']);
  });

  it('titles the total sheet with the area and the year', () => {
    expect(cellAt(book.Sheets['汇总']!, 1, 1)?.v).toBe('示例区（汇总）2024年度政府信息公开工作年度报告统计表');
  });

  it('holds, in every input cell of the total, the sum of the units (blank where every unit is blank)', () => {
    const sheet = book.Sheets['汇总']!;
    const plan = planSheet({ format, values: total.values, unitName: '示例区（汇总）', year: 2024 });
    let summed = 0;
    let blank = 0;
    for (const field of indexFormat(format).inputs) {
      const at = plan.fieldCells.get(field.key)!;
      const parts = reports.map((r) => r.values[field.key]).filter((v): v is number => typeof v === 'number');
      const cell = cellAt(sheet, at.row, at.col);
      if (parts.length === 0) {
        expect(cell?.v, field.key).toBeUndefined();
        blank += 1;
      } else {
        expect(cell?.v, field.key).toBeCloseTo(
          parts.reduce((a, b) => a + b, 0),
          6,
        );
        summed += 1;
      }
    }
    expect(summed).toBeGreaterThan(90);
    expect(blank).toBeGreaterThanOrEqual(1);
    // 行政许可 is blank in one unit only: the total is the other unit's figure, not blank.
    const licensing = plan.fieldCells.get('t2.licensing.decisions')!;
    expect(cellAt(sheet, licensing.row, licensing.col)?.v).toBe(3 * 12345678);
  });

  it('writes every computed cell of the total as a SUM formula with its value cached', () => {
    const sheet = book.Sheets['汇总']!;
    const plan = planSheet({ format, values: total.values, unitName: '示例区（汇总）', year: 2024 });
    const computed = computeAll(format, total.values);
    const totals = indexFormat(format).computed;
    expect(totals.length).toBeGreaterThan(20);
    for (const field of totals) {
      const at = plan.fieldCells.get(field.key)!;
      const cell = cellAt(sheet, at.row, at.col)!;
      expect(cell.f, field.key).toMatch(/^SUM\(/);
      expect(cell.v, field.key).toBe(computed.get(field.key));
      expect(evaluateSum(sheet, cell.f!), field.key).toBe(cell.v);
    }
  });

  it.each(reports.map((r) => [r.unitName, r] as const))('lays out %s exactly as its single export', async (_, r) => {
    const single = readSheet(
      await exportReportXlsx({ format: r.format, values: r.values, unitName: r.unitName, year: 2024 }),
    ).sheet;
    const inBook = book.Sheets[r.unitName]!;
    const a = snapshot(inBook);
    expect(a.cells.length).toBeGreaterThan(150);
    expect(a.cols.length).toBeGreaterThan(10);
    expect(a.rows.length).toBeGreaterThan(40);
    expect(a).toEqual(snapshot(single));
  });

  it('names sheets safely: forbidden characters replaced, long names cut, repeats numbered', async () => {
    const long = '示例区某某街道办事处社区居民委员会综合服务中心政府信息公开工作专班办公室';
    const names = ['甲/乙[1]:*?', long, long, '汇总'];
    const bytes = await exportOfficeWorkbook({
      areaName: '示例区',
      year: 2024,
      format,
      consolidated: total.values,
      units: names.map((name) => ({ name, values: reports[0]!.values, format })),
    });
    const sheetNames = read(bytes).SheetNames;
    expect(sheetNames).toHaveLength(5);
    expect(new Set(sheetNames.map((n) => n.toLowerCase())).size).toBe(5);
    for (const n of sheetNames) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(sheetNames[1]).toBe('甲_乙_1____');
    expect(sheetNames[2]).toBe(long.slice(0, 31));
    expect(sheetNames[3]).toBe(`${long.slice(0, 28)}(2)`);
    expect(sheetNames[4]).toBe('汇总(2)');
    // The unit's own name still heads its sheet, in full.
    expect(cellAt(read(bytes).Sheets[sheetNames[2]!]!, 1, 1)?.v).toBe(`${long}2024年度政府信息公开工作年度报告统计表`);
  });
});

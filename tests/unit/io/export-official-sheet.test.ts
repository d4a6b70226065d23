/**
 * Proof by reading back: each format's fixture is exported and read with SheetJS (an independent reader),
 * cell by cell against the format's layout.
 */
import * as XLSX from 'xlsx';
import { indexFormat } from '@/domain/format/format-index';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { planSheet } from '@/io/export/sheet-plan';
import { cellAt, evaluateSum, loadFixture, packagePart, readSheet, sheetTexts } from './read-back';

const FORMAT_IDS = ['national-2021', 'national-2019', 'national-legacy'] as const;
const filledBy = { person: '张三', phone: '0375-1234567', date: '2025年1月20日' };

describe.each(FORMAT_IDS)('official sheet, %s', (formatId) => {
  const fixture = loadFixture(formatId);
  const input = {
    format: fixture.format,
    values: fixture.values,
    unitName: fixture.unitName,
    year: fixture.year,
    filledBy,
  };
  const plan = planSheet(input);
  let sheet: XLSX.WorkSheet;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await exportReportXlsx(input);
    sheet = readSheet(bytes).sheet;
  });

  it('places every table on the full sheet width, starting in column A, columns in order', () => {
    const width = plan.columnWidths.length;
    for (const [t, placement] of plan.tables.entries()) {
      const table = fixture.format.tables[t];
      expect(placement.colStarts).toHaveLength((table?.colCount ?? 0) + 1);
      expect(placement.colStarts[0]).toBe(1);
      expect(placement.colStarts.at(-1)).toBe(width + 1);
      for (let i = 1; i < placement.colStarts.length; i += 1) {
        expect(placement.colStarts[i]).toBeGreaterThan(placement.colStarts[i - 1] ?? 0);
      }
    }
  });

  it('writes every label, character for character, as text at its layout address', () => {
    let labels = 0;
    for (const [t, table] of fixture.format.tables.entries()) {
      const { top, colStarts } = plan.tables[t]!;
      for (const lc of table.cells) {
        if (lc.field) continue;
        const cell = cellAt(sheet, top + lc.r, colStarts[lc.c]!);
        expect(cell?.t, `${table.key} r${lc.r} c${lc.c}`).toBe('s');
        expect(cell?.v).toBe(lc.label);
        labels += 1;
      }
    }
    expect(labels).toBeGreaterThan(10);
  });

  it('merges every layout cell over exactly the range the layout implies', () => {
    const merges = new Set((sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)));
    const expected: string[] = [];
    for (const [t, table] of fixture.format.tables.entries()) {
      const { top, colStarts } = plan.tables[t]!;
      for (const lc of table.cells) {
        const s = { r: top + lc.r - 1, c: colStarts[lc.c]! - 1 };
        const e = { r: s.r + (lc.rowSpan ?? 1) - 1, c: colStarts[lc.c + (lc.colSpan ?? 1)]! - 2 };
        if (e.r > s.r || e.c > s.c) expected.push(XLSX.utils.encode_range({ s, e }));
        else expect(merges.has(XLSX.utils.encode_range({ s, e }))).toBe(false);
      }
    }
    for (const range of expected) expect(merges.has(range), range).toBe(true);
    // Merges not from the layout lie outside the tables (title, headings, signature lines).
    const tableRows = plan.tables.flatMap((p, t) =>
      Array.from({ length: fixture.format.tables[t]!.rowCount }, (_, i) => p.top + i - 1),
    );
    const others = [...merges].filter((m) => !expected.includes(m));
    for (const m of others) expect(tableRows).not.toContain(XLSX.utils.decode_range(m).s.r);
  });

  it('writes inputs as numbers, blanks as empty cells, and totals as SUM formulas cached as the grid shows them', () => {
    const computed = computeAll(fixture.format, fixture.values);
    const { field } = indexFormat(fixture.format);
    let blanks = 0;
    let formulas = 0;
    for (const [key, ref] of plan.fieldCells) {
      const def = field.get(key)!;
      const cell = cellAt(sheet, ref.row, ref.col);
      if (def.sumOf) {
        expect(cell?.f, key).toMatch(/^SUM\(/);
        // A total of blank parts carries no cached value (blank, as the grid shows it); the sum itself is still 0.
        const shown = shownValue(fixture.format, fixture.values, computed, key);
        if (shown === null)
          expect(cell?.t, key).toBe('z'); // SheetJS's stub: a styled cell with no value
        else expect([cell?.t, cell?.v], key).toEqual(['n', shown]);
        expect(evaluateSum(sheet, cell!.f!)).toBeCloseTo(computed.get(key)!, 6);
        formulas += 1;
      } else if (fixture.values[key] === null || fixture.values[key] === undefined) {
        expect(cell?.v, key).toBeUndefined();
        blanks += 1;
      } else {
        expect(cell?.t, key).toBe('n');
        expect(cell?.v).toBe(fixture.values[key]);
        expect(cell?.f).toBeUndefined();
      }
      if (def.kind === 'money' && cell) expect(cell.z).toBe('0.00##');
    }
    expect(blanks).toBeGreaterThan(0);
    expect(formulas).toBe(indexFormat(fixture.format).computed.length);
  });

  it('holds the title and the 填报 lines', () => {
    const texts = sheetTexts(sheet);
    const title =
      formatId === 'national-legacy'
        ? `政府信息公开情况统计表（${fixture.year}年度）`
        : `${fixture.unitName}${fixture.year}年度政府信息公开工作年度报告统计表`;
    expect(cellAt(sheet, 1, 1)?.v).toBe(title);
    const unitLine =
      formatId === 'national-legacy' ? `填报单位：${fixture.unitName}` : `填报单位（盖章）：${fixture.unitName}`;
    expect(texts).toContain(unitLine);
    expect(texts).toContain('单位负责人：');
    expect(texts).toContain('填报人：张三');
    expect(texts).toContain('联系电话：0375-1234567');
    expect(texts).toContain('填报日期：2025年1月20日');
    for (const table of fixture.format.tables) {
      if (formatId !== 'national-legacy') expect(texts).toContain(table.heading);
    }
  });

  it('prints on A4, fitted to the page width, in the orientation of its widest table', () => {
    const xml = packagePart(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/fitToPage="1"/);
    const orientation = formatId === 'national-legacy' ? 'portrait' : 'landscape';
    expect(xml).toMatch(new RegExp(`<pageSetup[^>]*orientation="${orientation}"`));
    // Bordered cells: the style sheet holds a thin border and the table cells use it.
    expect(packagePart(bytes, 'xl/styles.xml')).toMatch(/<left style="thin"/);
  });
});

describe('official sheet, unusual text', () => {
  it('keeps a unit name that looks like a formula as text', async () => {
    const fixture = loadFixture('national-2021');
    const unitName = '=HYPERLINK("http://x","点我")';
    const bytes = await exportReportXlsx({ format: fixture.format, values: {}, unitName, year: 2024 });
    const { sheet } = readSheet(bytes);
    const title = cellAt(sheet, 1, 1);
    expect(title?.t).toBe('s');
    expect(title?.f).toBeUndefined();
    expect(title?.v).toBe(`${unitName}2024年度政府信息公开工作年度报告统计表`);
    const line = Object.values(sheet).find(
      (c) => typeof c === 'object' && c !== null && (c as XLSX.CellObject).v === `填报单位（盖章）：${unitName}`,
    ) as XLSX.CellObject | undefined;
    expect(line?.t).toBe('s');
  });

  it('writes an empty report with every input blank and every total 0', async () => {
    const fixture = loadFixture('national-2019');
    const input = { format: fixture.format, values: {}, unitName: '空白单位', year: 2019 };
    const { sheet } = readSheet(await exportReportXlsx(input));
    for (const [key, ref] of planSheet(input).fieldCells) {
      const cell = cellAt(sheet, ref.row, ref.col);
      if (indexFormat(fixture.format).field.get(key)?.sumOf) expect(cell?.v).toBe(0);
      else expect(cell?.v).toBeUndefined();
    }
  });
});

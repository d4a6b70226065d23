/** The Word table plan on a small layout with every kind of merge and a slot no layout cell covers. */
import type { TableDef } from '@/domain/format/types';
import { planWordTable } from '@/io/docx/word-table-plan';

// Row 0: 甲 header over A–C, 乙 header down D0:D1. Row 1: 丙 label down A1:A3, 丁 header over B–C.
// Row 2: 戊 label in B, values in C and D. Row 3: a value over B–C; D3 is covered by no layout cell.
const table: TableDef = {
  key: 'tx',
  heading: '二、测试',
  rowCount: 4,
  colCount: 4,
  headerRows: 2,
  landscape: false,
  colWidths: [1, 2, 3, 4],
  cells: [
    { r: 0, c: 0, colSpan: 3, label: '甲', header: true },
    { r: 0, c: 3, rowSpan: 2, label: '乙', header: true },
    { r: 1, c: 0, rowSpan: 3, label: '丙' },
    { r: 1, c: 1, colSpan: 2, label: '丁', header: true },
    { r: 2, c: 1, label: '戊' },
    { r: 2, c: 2, field: 'tx.a.b' },
    { r: 2, c: 3, field: 'tx.a.c' },
    { r: 3, c: 1, colSpan: 2, field: 'tx.d.b' },
  ],
};

describe('planWordTable', () => {
  const plan = planWordTable(table, 1000);

  it('covers every grid column of every row exactly once', () => {
    for (const row of plan.rows) expect(row.reduce((n, c) => n + c.colSpan, 0)).toBe(4);
  });

  it('turns column spans into gridSpan and row spans into restart + continue cells', () => {
    const brief = plan.rows.map((row) =>
      row.map((c) => `${c.col}+${c.colSpan}${c.vMerge ? `:${c.vMerge}` : ''}:${c.role}:${c.text ?? c.field ?? ''}`),
    );
    expect(brief).toEqual([
      ['0+3:header:甲', '3+1:restart:header:乙'],
      ['0+1:restart:label:丙', '1+2:header:丁', '3+1:continue:header:'],
      ['0+1:continue:label:', '1+1:label:戊', '2+1:value:tx.a.b', '3+1:value:tx.a.c'],
      ['0+1:continue:label:', '1+2:value:tx.d.b', '3+1:empty:'],
    ]);
  });

  it('scales the relative widths to whole twips summing to the table width', () => {
    expect(plan.columnWidths).toEqual([100, 200, 300, 400]);
    const odd = planWordTable(table, 1003).columnWidths;
    expect(odd.reduce((a, b) => a + b, 0)).toBe(1003);
    expect(odd).toEqual([100, 200, 300, 403]);
    expect(plan.headerRows).toBe(2);
  });
});

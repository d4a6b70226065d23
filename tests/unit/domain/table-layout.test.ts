/** The one placement of a table's cells: runs tile every printed row, and a definition that does not tile is refused. */
import { tableLayout } from '@/domain/format/table-layout';
import type { FormatDef, TableDef } from '@/domain/format/types';
import { FORMATS, registerFormats } from '@/domain/formats/registry';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';

const small: TableDef = {
  key: 'tx',
  heading: '二、测试',
  rowCount: 3,
  colCount: 3,
  headerRows: 1,
  landscape: false,
  colWidths: [2, 2, 2],
  cells: [
    { r: 0, c: 0, colSpan: 2, label: '甲', header: true },
    { r: 1, c: 0, rowSpan: 2, label: '乙' },
    { r: 1, c: 1, field: 'tx.a.b' },
    { r: 1, c: 2, field: 'tx.a.c' },
    { r: 2, c: 1, colSpan: 2, field: 'tx.d.b' },
  ],
};

describe('tableLayout', () => {
  it('covers every column of every printed row once, for every known table', () => {
    for (const format of FORMATS)
      for (const table of format.tables) {
        const layout = tableLayout(table);
        expect(layout.faults, `${format.id} ${table.key}`).toEqual([]);
        expect(layout.rows).toHaveLength(table.rowCount);
        for (const runs of layout.rows) expect(runs.reduce((n, run) => n + run.colSpan, 0)).toBe(table.colCount);
        const fields = table.cells.filter((c) => c.field).length;
        expect(layout.valueCells).toHaveLength(fields);
      }
  });

  it('names the cell over each position, the gaps and the cells carried down from a row above', () => {
    const layout = tableLayout(small);
    expect(layout.at(0, 1)?.text).toBe('甲');
    expect(layout.at(0, 2)).toBeUndefined();
    expect(layout.at(2, 0)?.text).toBe('乙');
    expect(layout.at(3, 0)).toBeUndefined();
    const brief = layout.rows.map((runs) =>
      runs.map((r) => `${r.c}+${r.colSpan}${r.continued ? '^' : ''}:${r.placed?.field ?? r.placed?.text ?? '空'}`),
    );
    expect(brief).toEqual([
      ['0+2:甲', '2+1:空'],
      ['0+1:乙', '1+1:tx.a.b', '2+1:tx.a.c'],
      ['0+1^:乙', '1+2:tx.d.b'],
    ]);
    expect(layout.valueCells.map((p) => p.field)).toEqual(['tx.a.b', 'tx.a.c', 'tx.d.b']);
    expect(layout.ofField('tx.d.b')?.colSpan).toBe(2);
  });

  it('is built once per table', () => {
    expect(tableLayout(small)).toBe(tableLayout(small));
  });

  it('marks the tall, narrow label of Table 三 as written top to bottom', () => {
    const t3 = NATIONAL_2021.tables.find((t) => t.key === 't3')!;
    const vertical = tableLayout(t3)
      .placed.filter((p) => p.vertical)
      .map((p) => p.text);
    expect(vertical).toContain('三、本年度办理结果');
  });

  it('refuses at registration a format whose cells overlap or leave the table', () => {
    const broken = (cells: TableDef['cells']): FormatDef => ({
      ...NATIONAL_2021,
      id: 'broken',
      tables: NATIONAL_2021.tables.map((t) => (t.key === 't4' ? { ...t, cells } : t)),
    });
    const t4 = NATIONAL_2021.tables.find((t) => t.key === 't4')!;
    const overlapping = [...t4.cells, { r: t4.rowCount - 1, c: 0, label: '多余' }];
    expect(() => registerFormats([broken(overlapping)])).toThrow(/格式 broken 的表 t4 布局有误：.*被两个单元格占用/);
    const outside = [...t4.cells, { r: t4.rowCount, c: 0, label: '表外' }];
    expect(() => registerFormats([broken(outside)])).toThrow(/超出表的/);
  });
});

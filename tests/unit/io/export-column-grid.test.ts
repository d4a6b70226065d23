import type { TableDef } from '@/domain/format/types';
import { FORMATS } from '@/domain/formats/registry';
import { buildColumnGrid } from '@/io/export/column-grid';

function table(key: string, colWidths: number[]): TableDef {
  const colCount = colWidths.length;
  return { key, heading: key, rowCount: 1, colCount, cells: [], colWidths, headerRows: 0, landscape: false };
}

describe('buildColumnGrid', () => {
  it('keeps one table as it is, scaled', () => {
    const grid = buildColumnGrid([table('a', [10, 20, 10])], 80);
    expect(grid.widths).toEqual([20, 40, 20]);
    expect(grid.edges).toEqual([[0, 1, 2, 3]]);
  });

  it('shares the edges two tables have in common and splits columns where they differ', () => {
    const grid = buildColumnGrid([table('a', [10, 10]), table('b', [5, 5, 5, 5])], 40);
    expect(grid.widths).toEqual([10, 10, 10, 10]);
    expect(grid.edges).toEqual([
      [0, 2, 4],
      [0, 1, 2, 3, 4],
    ]);
  });

  it('snaps edges closer than 3 units so no sliver column appears', () => {
    const grid = buildColumnGrid([table('a', [50, 50]), table('b', [49, 51])], 100);
    expect(grid.widths).toHaveLength(2);
    expect(grid.edges).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });

  it.each(FORMATS.map((f) => [f.id, f] as const))('lays out %s with no column under 3 units', (_id, format) => {
    const grid = buildColumnGrid(format.tables, 135);
    expect(Math.min(...grid.widths)).toBeGreaterThanOrEqual(3);
    expect(grid.widths.reduce((a, b) => a + b, 0)).toBe(135);
  });
});

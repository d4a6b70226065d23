/**
 * A table continued on the next page, joined back as one grid: the three ways a page break cuts a report's
 * table (seen in PDFs LibreOffice printed from Word and from the web page), and the one it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '@/io/import/workbook-data';
import { joinPages, type LaidOutPage } from '@/io/published/pdf-layout';

const COLUMNS = [0, 100, 200, 300];
const page = (rows: CellValue[][]): LaidOutPage => ({ blocks: [{ kind: 'table', rows, top: 800, columns: COLUMNS }] });
const joined = (a: CellValue[][], b: CellValue[][]) => {
  const [table] = joinPages([page(a), page(b)]);
  if (table?.kind !== 'table') throw new Error('no table');
  return table.rows;
};

describe('joinPages', () => {
  it('joins a row whose label’s last line went to the next page after its numbers', () => {
    const rows = joined(
      [['（三）不予公开', '6.属于四类过程性信', '19']],
      [
        [null, '息', null],
        [null, '7.属于行政执法案卷', '23'],
      ],
    );
    expect(rows).toEqual([
      ['（三）不予公开', '6.属于四类过程性信\n息', '19'],
      [null, '7.属于行政执法案卷', '23'],
    ]);
  });

  it('joins a row whose label began on the page before its numbers', () => {
    const rows = joined([[null, '5.要求行政机关确认', null]], [[null, '或重新出具已获取信息', '0']]);
    expect(rows).toEqual([[null, '5.要求行政机关确认\n或重新出具已获取信息', '0']]);
  });

  it('joins header cells cut inside, beside a wider header cell that really ends there', () => {
    const rows = joined(
      [['结果', '未经复议直接起诉', null]],
      [
        ['维持', '结果\n维持', '总计'],
        ['18', '21', '63'],
      ],
    );
    expect(rows).toEqual([
      ['结果\n维持', '未经复议直接起诉', null],
      [null, '结果\n维持', '总计'],
      ['18', '21', '63'],
    ]);
  });

  it('leaves a header row that ends a page above the next page’s first row of numbers', () => {
    const rows = joined([['信息内容', '本年收费金额（单位：万元）', null]], [['行政事业性收费', '17.807', null]]);
    expect(rows).toEqual([
      ['信息内容', '本年收费金额（单位：万元）', null],
      ['行政事业性收费', '17.807', null],
    ]);
  });
});

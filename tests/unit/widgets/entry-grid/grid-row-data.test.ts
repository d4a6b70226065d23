import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { TableDef } from '@/domain/format/types';
import { checkReport } from '@/domain/rules/engine';
import { buildRowData } from '@/widgets/entry-grid/grid-row-data';
import { tableGridModel } from '@/widgets/entry-grid/table-grid-model';

const t3 = NATIONAL_2021.tables.find((t) => t.key === 't3') as TableDef;
const model = tableGridModel(NATIONAL_2021, t3);
const rowOf = (rows: ReturnType<typeof buildRowData>, r: number) => rows.find((x) => x.r === r);

describe('grid row data', () => {
  it('shows input values, computed totals and leaves a total blank while all its parts are blank', () => {
    const values = { 't3.received.natural': 3, 't3.received.business': 2 };
    const rows = buildRowData(model, { values, problems: [] });
    const received = rowOf(rows, 3);
    expect(received?.cells.c3?.text).toBe('3');
    expect(received?.cells.c9).toMatchObject({ text: '5', slot: { kind: 'computed' } });
    expect(rowOf(rows, 4)?.cells.c9?.text).toBe('');
    expect(received?.cells.c0?.text).toBe('一、本年新收政府信息公开申请数量');
    // Positions inside a merge carry no cell of their own.
    expect(received?.cells.c1).toBeUndefined();
  });

  it('marks the cells of a failed rule with its severity and message', () => {
    const values = { 't3.received.natural': 3 };
    const problems = checkReport(NATIONAL_2021, values);
    const rows = buildRowData(model, { values, problems });
    const cell = rowOf(rows, 3)?.cells.c3;
    expect(cell?.severity).toBe('error');
    expect(cell?.title).toContain('自然人列');
  });

  it('shows a refused text instead of the stored value, with its reason, and pending values as saving', () => {
    const rows = buildRowData(model, {
      values: { 't3.received.natural': 1 },
      problems: [],
      refusals: { 't3.received.natural': { text: '约10', reason: '“约10”不是整数' } },
      pending: { 't3.received.business': { value: 7, status: 'saving' } },
    });
    const received = rowOf(rows, 3);
    expect(received?.cells.c3).toMatchObject({ text: '约10', refused: true });
    expect(received?.cells.c3?.title).toContain('未保存');
    expect(received?.cells.c4).toMatchObject({ text: '7', saving: true });
    // The total counts the pending value and the stored 1 behind the refused text (which was not saved).
    expect(received?.cells.c9?.text).toBe('8');
  });
});

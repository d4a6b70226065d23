import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { TableDef } from '@/domain/format/types';
import { buildRowData } from '@/widgets/entry-grid/grid-row-data';
import { tableGridModel } from '@/widgets/entry-grid/table-grid-model';
import { buildCellMarks } from '@/features/report-entry/cell-marks';
import { createFocusedCell } from '@/features/report-entry/focused-cell';
import { timeText, valueText } from '@/features/report-entry/cell-text';
import { versionDiff } from '@/features/report-entry/version-diff';

describe('cell marks', () => {
  it('marks comments with their authors and history only after the first entry', () => {
    const marks = buildCellMarks({
      comments: [
        { field: 't3.received.natural', who: '张三', text: '请核实' },
        { field: 't3.received.natural', who: '李四', text: '已核实' },
      ],
      historyCounts: { 't3.received.natural': 1, 't2.regulations.made': 3, 't4.review.total': 2 },
    });
    expect(marks['t3.received.natural']).toEqual({ comment: '张三：请核实\n李四：已核实' });
    expect(marks['t2.regulations.made']?.history).toContain('3 条');
    expect(marks['t4.review.total']?.comment).toBeUndefined();
    expect(Object.keys(marks).sort()).toEqual(['t2.regulations.made', 't3.received.natural', 't4.review.total']);
  });

  it('keeps the comment when the same cell also has history', () => {
    const marks = buildCellMarks({
      comments: [{ field: 'a', who: '张三', text: '<b>x</b>' }],
      historyCounts: { a: 2 },
    });
    expect(marks.a).toMatchObject({ comment: '张三：<b>x</b>', history: expect.stringContaining('2 条') as unknown });
  });
});

describe('marks in the grid', () => {
  it('shows a comment and a changed value as two different marks, both in the tooltip', () => {
    const t3 = NATIONAL_2021.tables.find((t) => t.key === 't3') as TableDef;
    const annotations = buildCellMarks({
      comments: [{ field: 't3.received.natural', who: '张三', text: '请核实' }],
      historyCounts: { 't3.received.business': 2, 't3.received.research': 1 },
    });
    const rows = buildRowData(tableGridModel(NATIONAL_2021, t3), { values: {}, problems: [], annotations });
    const received = rows.find((r) => r.r === 3)?.cells;
    expect(received?.c3).toMatchObject({ annotated: true, title: '批注：张三：请核实' });
    expect(received?.c3?.changed).toBeUndefined();
    expect(received?.c4).toMatchObject({ changed: true });
    expect(received?.c4?.annotated).toBeUndefined();
    expect(received?.c4?.title).toContain('修改记录 2 条');
    expect(received?.c5?.changed).toBeUndefined();
  });
});

describe('cell text', () => {
  it('writes a blank as 空白, never as 0 or an empty string', () => {
    expect(valueText(null)).toBe('空白');
    expect(valueText(undefined)).toBe('空白');
    expect(valueText(0)).toBe('0');
    expect(valueText(68.52031)).toBe('68.5203');
  });

  it('writes times as local date and minute', () => {
    const at = new Date(2025, 0, 31, 9, 5, 59).getTime();
    expect(timeText(at)).toBe('2025-01-31 09:05');
  });
});

describe('version diff', () => {
  const natural = 't3.received.natural';
  const fees = 't2.fees.amount';

  it('lists input cells that differ, in printed order, with printed names', () => {
    const file = { [natural]: 5, 't3.received.business': 2, [fees]: 1.5 };
    const current = { [natural]: 4, 't3.received.business': 2 };
    const diff = versionDiff(NATIONAL_2021, file, current);
    expect(diff.map((d) => d.field)).toEqual([fees, natural]);
    expect(diff.find((d) => d.field === natural)).toMatchObject({ file: 5, current: 4 });
    expect(diff.find((d) => d.field === fees)).toMatchObject({ file: 1.5, current: null });
    expect(diff.find((d) => d.field === natural)?.name).toContain('自然人');
  });

  it('treats absent and null as blank, distinct from 0, and compares money as stored', () => {
    expect(versionDiff(NATIONAL_2021, { [natural]: null }, {})).toEqual([]);
    expect(versionDiff(NATIONAL_2021, { [natural]: 0 }, {})).toMatchObject([{ file: 0, current: null }]);
    expect(versionDiff(NATIONAL_2021, { [fees]: 68.520312 }, { [fees]: 68.5203 })).toEqual([]);
  });

  it('ignores computed cells (they follow from the inputs)', () => {
    const computed = NATIONAL_2021.fields.find((f) => f.sumOf)?.key ?? '';
    expect(versionDiff(NATIONAL_2021, { [computed]: 9 }, {})).toEqual([]);
  });
});

describe('focused cell store', () => {
  it('tells listeners only when the cell changes, and stops after unsubscribing', () => {
    const store = createFocusedCell();
    const seen: (string | null)[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    expect(store.get()).toBeNull();
    store.set('t3.received.natural');
    store.set('t3.received.natural');
    store.set('t3.received.business');
    stop();
    store.set('t2.fees.amount');
    expect(seen).toEqual(['t3.received.natural', 't3.received.business']);
    expect(store.get()).toBe('t2.fees.amount');
  });
});

import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { FieldKey, TableDef } from '@/domain/format/types';
import { readBlock } from '@/domain/values/read-value';
import { blockRect, fitToSelection, planClear, planPaste, rectToTsv, valueSlotsIn } from '@/widgets/entry-grid/grid-block';
import { pasteNotice } from '@/widgets/entry-grid/paste-notice';
import { tableGridModel } from '@/widgets/entry-grid/table-grid-model';

const table = (key: string) => NATIONAL_2021.tables.find((t) => t.key === key) as TableDef;
const t3 = tableGridModel(NATIONAL_2021, table('t3'));
const t2 = tableGridModel(NATIONAL_2021, table('t2'));
const none = (_: FieldKey) => null;

describe('block selection', () => {
  it('grows a rectangle to hold merged cells at its corners', () => {
    expect(blockRect(t2, { anchor: { r: 3, c: 3 }, end: { r: 6, c: 1 } })).toEqual({ r0: 3, c0: 1, r1: 6, c1: 3 });
  });

  it('lists the value cells of a block in reading order', () => {
    const rect = blockRect(t3, { anchor: { r: 3, c: 3 }, end: { r: 4, c: 4 } });
    expect(valueSlotsIn(t3, rect).map((s) => s.field?.key)).toEqual([
      't3.received.natural',
      't3.received.business',
      't3.carriedIn.natural',
      't3.carriedIn.business',
    ]);
  });
});

describe('copy', () => {
  it('writes a block as Excel clipboard text', () => {
    const rect = blockRect(t3, { anchor: { r: 3, c: 3 }, end: { r: 4, c: 4 } });
    const text = rectToTsv(t3, rect, (s) => (s.field?.key === 't3.received.natural' ? '12' : ''));
    expect(text).toBe('12\t\r\n\t\r\n');
    expect(readBlock(text)).toEqual([
      ['12', ''],
      ['', ''],
    ]);
  });
});

describe('paste', () => {
  it('fills input cells position by position, reading full-width digits and blanks like typed input', () => {
    const plan = planPaste(t3, { r: 3, c: 3 }, readBlock('１２\t3\n\t4件\n'), none);
    expect(plan.changes).toEqual([
      { field: 't3.received.natural', value: 12 },
      { field: 't3.received.business', value: 3 },
      { field: 't3.carriedIn.business', value: 4 },
    ]);
    expect(plan.refused).toEqual([]);
    expect(plan.rect).toEqual({ r0: 3, c0: 3, r1: 4, c1: 4 });
  });

  it('a blank pasted cell clears a filled one; unchanged values are left out', () => {
    const current = (f: FieldKey) => (f === 't3.received.natural' ? 5 : f === 't3.received.business' ? 3 : null);
    const plan = planPaste(t3, { r: 3, c: 3 }, [['', '3']], current);
    expect(plan.changes).toEqual([{ field: 't3.received.natural', value: null }]);
  });

  it('refuses unreadable values with their reason, keeps the rest, names a total that disagrees', () => {
    const plan = planPaste(t3, { r: 3, c: 7 }, [['约10', '2', '99', '7']], none);
    expect(plan.changes).toEqual([{ field: 't3.received.other', value: 2 }]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]).toMatchObject({ field: 't3.received.legal', text: '约10' });
    expect(plan.refused[0]?.name).toContain('法律服务机构');
    expect(plan.computed).toEqual([expect.objectContaining({ field: 't3.received.total', text: '99', value: 99 })]);
    expect(plan.outside).toBe(1);
    const notice = pasteNotice(plan, () => 2);
    expect(notice?.tone).toBe('warning');
    const lines = notice?.lines?.join('\n') ?? '';
    expect(lines).toContain('约10');
    expect(lines).toContain('源表总计 99，按分项计算为 2');
  });

  it('says nothing of a pasted total that agrees with the computed one', () => {
    const plan = planPaste(t3, { r: 3, c: 8 }, [['2', '2']], none);
    expect(pasteNotice(plan, () => 2)).toBeNull();
    expect(pasteNotice(plan, () => 3)?.lines?.[0]).toContain('源表总计 2，按分项计算为 3');
  });

  it('fills a selection with one value and tiles it with a block that divides it', () => {
    const rect = { r0: 3, c0: 3, r1: 5, c1: 6 };
    expect(fitToSelection([['7']], rect)).toEqual({ rows: Array.from({ length: 3 }, () => ['7', '7', '7', '7']), tiled: true });
    expect(fitToSelection([['1', '2']], rect).rows).toEqual(Array.from({ length: 3 }, () => ['1', '2', '1', '2']));
    const odd = [['1', '2', '3']];
    expect(fitToSelection(odd, rect)).toEqual({ rows: odd, tiled: false });
    expect(fitToSelection([['1'], ['2']], { r0: 3, c0: 3, r1: 3, c1: 3 }).tiled).toBe(false);
  });

  it('converts 元 to 万元 in a money cell and says so', () => {
    const plan = planPaste(t2, { r: 13, c: 1 }, [['251000元']], none);
    expect(plan.changes).toEqual([{ field: 't2.fees.amount', value: 25.1 }]);
    expect(plan.notes[0]).toContain('万元');
  });
});

describe('clear', () => {
  it('blanks the filled input cells of a block and leaves computed ones alone', () => {
    const current = (f: FieldKey) => (f.startsWith('t3.received.') ? 1 : null);
    const rect = blockRect(t3, { anchor: { r: 3, c: 8 }, end: { r: 4, c: 9 } });
    expect(planClear(t3, rect, current)).toEqual([{ field: 't3.received.other', value: null }]);
  });
});

import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { FormatDef, TableDef } from '@/domain/format/types';
import { buildColumnDefs } from '@/widgets/entry-grid/grid-columns';
import { tableGridModel, type HeaderNode } from '@/widgets/entry-grid/table-grid-model';

const tableOf = (format: FormatDef, key: string): TableDef => {
  const t = format.tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
};

const labels = (nodes: readonly HeaderNode[]): unknown[] =>
  nodes.map((n) => (n.kind === 'column' ? n.label : { [n.label]: labels(n.children) }));

describe('table grid model, 2021 Table 三', () => {
  const model = tableGridModel(NATIONAL_2021, tableOf(NATIONAL_2021, 't3'));

  it('draws the three printed header rows as nested column groups, the 勾稽 note over the label columns', () => {
    expect(model.headerRows).toBe(3);
    expect(labels(model.header)).toEqual([
      { '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）': ['', '', ''] },
      {
        申请人情况: [
          '自然人',
          { 法人或其他组织: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] },
          '总计',
        ],
      },
    ]);
  });

  it('has one grid row per printed body row (25) with the merged labels where printed', () => {
    expect(model.bodyRows).toEqual(Array.from({ length: 25 }, (_, i) => i + 3));
    const results = model.slotAt(10, 0);
    expect(results?.label).toBe('三、本年度办理结果');
    expect(results).toMatchObject({ r: 5, rowSpan: 22, colSpan: 1 });
    expect(model.slotAt(9, 1)).toMatchObject({ label: '（三）不予公开', r: 7, rowSpan: 8 });
    expect(model.slotAt(3, 2)).toMatchObject({ label: '一、本年新收政府信息公开申请数量', colSpan: 3 });
  });

  it('marks the 总计 column and the （七）总计 row computed, the rest input', () => {
    expect(model.slotOf('t3.received.total')?.kind).toBe('computed');
    expect(model.slotOf('t3.totalHandled.natural')?.kind).toBe('computed');
    expect(model.slotOf('t3.carriedOut.natural')?.kind).toBe('input');
    expect(model.valueSlots.filter((s) => s.kind === 'input')).toHaveLength(24 * 6);
  });

  it('gives rows room for two lines because the longest result labels wrap', () => {
    const t2 = tableGridModel(NATIONAL_2021, tableOf(NATIONAL_2021, 't2'));
    expect(model.rowHeight).toBeGreaterThan(t2.rowHeight + 10);
  });
});

describe('table grid model, Table 二 and Table 四', () => {
  it('draws 2021 Table 二 with no column header, section rows spanning all four columns', () => {
    const model = tableGridModel(NATIONAL_2021, tableOf(NATIONAL_2021, 't2'));
    expect(model.headerRows).toBe(0);
    expect(labels(model.header)).toEqual(['', '', '', '']);
    expect(model.slotAt(0, 3)).toMatchObject({ kind: 'header', label: '第二十条第（一）项', colSpan: 4 });
    expect(model.slotAt(6, 3)).toMatchObject({ kind: 'input', c: 1, colSpan: 3 });
    expect(model.slotAt(13, 2)?.field?.kind).toBe('money');
    expect(model.rowHeight).toBeLessThan(40);
  });

  it('adds 万元 to a printed column label over money cells that lacks it (2019 采购总金额)', () => {
    const model = tableGridModel(NATIONAL_2019, tableOf(NATIONAL_2019, 't2'));
    const procurementHeader = model.valueSlots.find((s) => s.field?.key === 't2.procurement.amount');
    expect(procurementHeader).toBeDefined();
    const header = model.slotAt((procurementHeader?.r ?? 0) - 1, 2);
    expect(header?.label).toBe('采购总金额');
    const columns = buildColumnDefs(model);
    expect(columns).toHaveLength(4);
  });

  it('draws Table 四 as 行政复议 and 行政诉讼 groups over fifteen value columns', () => {
    const model = tableGridModel(NATIONAL_2021, tableOf(NATIONAL_2021, 't4'));
    expect(labels(model.header)).toEqual([
      { 行政复议: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] },
      {
        行政诉讼: [
          { 未经复议直接起诉: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] },
          { 复议后起诉: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] },
        ],
      },
    ]);
    expect(model.bodyRows).toEqual([3]);
    expect(model.valueSlots.map((s) => s.kind)).toEqual(
      [0, 1, 2].flatMap(() => ['input', 'input', 'input', 'input', 'computed']),
    );
  });

  it('turns every printed column into one grid column with merges as spans', () => {
    const model = tableGridModel(NATIONAL_2021, tableOf(NATIONAL_2021, 't3'));
    const defs = buildColumnDefs(model);
    const leaves: { colId?: string }[] = [];
    const walk = (list: readonly object[]) => {
      for (const d of list) {
        if ('children' in d) walk((d as { children: object[] }).children);
        else leaves.push(d);
      }
    };
    walk(defs);
    expect(leaves.map((l) => l.colId)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`));
  });
});

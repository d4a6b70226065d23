import { chineseDate, deadlineFor } from '@/domain/office/deadlines';
import {
  chaseListText,
  chaseOneText,
  returnListText,
  returnsText,
  unitRows,
  unitStatus,
  type ReportState,
} from '@/domain/office/unit-status';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { checkReport } from '@/domain/rules/engine';

const state = (over: Partial<ReportState>): ReportState => ({
  status: '草稿',
  openErrors: 0,
  openWarnings: 0,
  blank: 0,
  touched: true,
  ...over,
});

describe('deadlines', () => {
  it('departments and 乡镇街道 by 1月31日, governments and area totals by 3月31日 of the next year', () => {
    expect(deadlineFor('部门', 2025)).toBe('2026-01-31');
    expect(deadlineFor('乡镇街道', 2025)).toBe('2026-01-31');
    expect(deadlineFor('区县政府本级', 2025)).toBe('2026-03-31');
    expect(deadlineFor('区域汇总', 2025)).toBe('2026-03-31');
    const office = { departments: { month: 1, day: 15 }, governments: { month: 2, day: 28 } };
    expect(deadlineFor('部门', 2025, office)).toBe('2026-01-15');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});

describe('unit status', () => {
  it('orders the states as the dashboard shows them', () => {
    expect(unitStatus(undefined)).toBe('未开始');
    expect(unitStatus(state({ touched: false }))).toBe('未开始');
    expect(unitStatus(state({ openErrors: 1, openWarnings: 2 }))).toBe('有错误');
    expect(unitStatus(state({ openWarnings: 2 }))).toBe('有警告');
    expect(unitStatus(state({ blank: 5 }))).toBe('草稿');
    expect(unitStatus(state({ status: '已完成' }))).toBe('已完成');
  });

  it('flags as overdue only unfinished units past their own deadline, and lists them to chase', () => {
    const units = [
      { id: 'a', name: '区教育局', kind: '部门' as const, contactPerson: '张敏', contactPhone: '0375-8981169' },
      { id: 'b', name: '区财政局', kind: '部门' as const },
      { id: 'c', name: '湛河区人民政府办公室', kind: '区县政府本级' as const },
    ];
    const reports: Record<string, ReportState> = { b: state({ status: '已完成' }), c: state({}) };
    const rows = unitRows(units, (id) => reports[id], 2025, '2026-02-01');
    expect(rows.map((r) => [r.unit.id, r.status, r.overdue])).toEqual([
      ['a', '未开始', true],
      ['b', '已完成', false],
      ['c', '草稿', false],
    ]);
    // Overdue first; a unit due later is listed after them; a completed report is in hand and not chased.
    expect(chaseListText(rows, 2025)).toBe(
      '以下单位的2025年度政府信息公开年报统计表逾期未报送，请尽快报送：\n' +
        '1. 区教育局（截止2026年1月31日；联系人：张敏，0375-8981169）\n\n' +
        '以下单位尚未报送（未到截止日期）：\n' +
        '1. 湛河区人民政府办公室（截止2026年3月31日）',
    );
    expect(
      chaseListText(
        unitRows(units, (id) => reports[id], 2025, '2026-01-31'),
        2025,
      ),
    ).not.toContain('逾期');
  });

  it('a received file is in hand: never overdue, never chased, whatever the clerk status', () => {
    const units = [
      { id: 'a', name: '区教育局', kind: '部门' as const },
      { id: 'b', name: '区民政局', kind: '部门' as const },
    ];
    const receipts = { a: '已报送', b: '未报送' } as const;
    const rows = unitRows(
      units,
      () => state({ openErrors: 3 }),
      2025,
      '2026-02-15',
      undefined,
      (id) => receipts[id as 'a' | 'b'],
    );
    expect(rows.map((r) => [r.unit.id, r.status, r.receipt, r.inHand, r.overdue])).toEqual([
      ['a', '有错误', '已报送', true, false],
      ['b', '有错误', '未报送', false, true],
    ]);
    expect(chaseListText(rows, 2025)).not.toContain('区教育局');
    expect(chaseOneText(rows[1]!, 2025)).toBe(
      '区民政局：贵单位2025年度政府信息公开年报统计表尚未报送（截止2026年1月31日），已逾期，请尽快报送。',
    );
    expect(
      chaseListText(
        unitRows(
          units,
          () => undefined,
          2025,
          '2026-01-01',
          undefined,
          () => '已审核',
        ),
        2025,
      ),
    ).toBe('2025年度政府信息公开年报统计表：所有单位均已报送。');
  });

  it('writes a numbered 退回修改 list with errors first', () => {
    const problems = checkReport(
      NATIONAL_2021,
      { 't3.received.natural': 2, 't2.regulations.issued': 1 },
      { unitKind: '部门' },
    );
    const text = returnListText('区教育局', 2025, problems);
    const lines = text.split('\n');
    expect(lines[0]).toBe('区教育局：2025年度政府信息公开年报统计表需修改后重新报送，问题如下：');
    expect(lines[1]).toMatch(/^1\. 【错误】自然人列：一、本年新收 \+ 二、上年结转（2）应等于/);
    expect(lines[lines.length - 1]).toMatch(/【请核实】规章/);
  });

  it('lists every unit to return in one text, each with its reasons', () => {
    expect(returnsText([], 2025)).toBe('2025年度政府信息公开年报统计表：没有需要退回修改的单位。');
    const text = returnsText(
      [
        { unitName: '区教育局', receipt: '已报送', text: '区教育局：问题如下：\n1. 【错误】甲' },
        { unitName: '区民政局', receipt: '已退回', text: '请补填表三' },
      ],
      2025,
    );
    expect(text).toBe(
      '2025年度政府信息公开年报统计表退回修改名单（共 2 个单位）：\n\n' +
        '1. 区教育局（已报送，有错误）\n区教育局：问题如下：\n1. 【错误】甲\n\n' +
        '2. 区民政局（已退回，待重新报送）\n请补填表三',
    );
  });
});

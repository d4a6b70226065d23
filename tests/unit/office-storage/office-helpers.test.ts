import { formatFor } from '@/domain/formats/registry';
import { indexFormat } from '@/domain/format/format-index';
import type { Values } from '@/domain/format/types';
import { areaBaseName, consolidatedUnitName } from '@/io/office/office-workbook';
import { areaTotal, contributionsTo, groupSubtotals, type StoredReport } from '@/features/office/area-total';
import { outcomeSeries, statusSeries, yearOnYearSeries } from '@/features/office/chart-data';
import {
  dashboardRows,
  defaultOfficeYear,
  filingUnits,
  filterRows,
  type DashboardReport,
  type DashboardUnit,
} from '@/features/office/dashboard-rows';
import { keyTotalsOf } from '@/features/office/key-totals';
import { officeToday } from '@/features/office/office-today';
import { unitFindings, type StoredReportWithNotes } from '@/features/office/year-findings';
import { LEGAL_DEADLINES } from '@/domain/office/deadlines';
import { priorValuesOn } from '@/domain/year-on-year/prior-values';

const F2021 = formatFor(2025);
if (!F2021) throw new Error('2021 format missing');
const INPUTS = indexFormat(F2021).inputs.length;

const UNITS: DashboardUnit[] = [
  { id: 'area', name: '示例区（全区）', kind: '区域汇总' },
  { id: 'gov', name: '示例区人民政府办公室', kind: '区县政府本级', parentId: 'area' },
  { id: 'edu', name: '示例区教育局', kind: '部门', parentId: 'area', contactPerson: '王五' },
  { id: 'town', name: '示例镇', kind: '乡镇街道', parentId: 'area' },
  { id: 'old', name: '示例区旧局', kind: '部门', parentId: 'area', archived: true },
  { id: 'sub', name: '下级区（全区）', kind: '区域汇总', parentId: 'area' },
  { id: 'subUnit', name: '下级区财政局', kind: '部门', parentId: 'sub' },
  { id: 'other', name: '别区教育局', kind: '部门' },
];

const summary = (s: Partial<DashboardReport['summary']>): DashboardReport['summary'] => ({
  errors: 0,
  warnings: 0,
  blank: 0,
  openErrors: 0,
  openWarnings: 0,
  updatedAt: 1,
  ...s,
});

const report = (unitId: string, status: '草稿' | '已完成', s: Partial<DashboardReport['summary']>) => ({
  id: `${unitId}:2025`,
  unitId,
  year: 2025,
  formatId: 'national-2021',
  status,
  summary: summary(s),
});

describe('dashboard rows', () => {
  const rows = dashboardRows({
    areaId: 'area',
    units: UNITS,
    reports: [
      report('gov', '已完成', {}),
      report('edu', '草稿', { openErrors: 2, errors: 2 }),
      report('town', '草稿', { blank: INPUTS }),
      report('subUnit', '草稿', { openWarnings: 1 }),
    ],
    year: 2025,
    today: '2026-02-15',
    deadlines: LEGAL_DEADLINES,
  });

  it('lists the units filing into the area, through sub-areas, without archived or foreign units', () => {
    expect(rows.map((r) => r.unit.id)).toEqual(['gov', 'edu', 'subUnit', 'town']);
    expect(filingUnits('sub', UNITS).map((u) => u.id)).toEqual(['subUnit']);
  });

  it('gives each its status, counts and deadline, overdue only after its own deadline', () => {
    const byId = new Map(rows.map((r) => [r.unit.id, r]));
    expect(byId.get('gov')).toMatchObject({ status: '已完成', deadline: '2026-03-31', overdue: false });
    expect(byId.get('edu')).toMatchObject({ status: '有错误', errors: 2, deadline: '2026-01-31', overdue: true });
    expect(byId.get('town')).toMatchObject({ status: '未开始', overdue: true, reportId: 'town:2025' });
    expect(byId.get('subUnit')).toMatchObject({ status: '有警告', warnings: 1 });
    expect(filterRows(rows, { status: '逾期' }).map((r) => r.unit.id)).toEqual(['edu', 'subUnit', 'town']);
    expect(filterRows(rows, { kind: '部门', status: '有错误' }).map((r) => r.unit.id)).toEqual(['edu']);
    expect(statusSeries(rows).values).toEqual([1, 0, 1, 1, 1]);
  });

  it('defaults to the latest year with reports, else last calendar year', () => {
    expect(defaultOfficeYear([2017, 2025, 2024], '2026-02-15')).toBe(2025);
    expect(defaultOfficeYear([], '2026-02-15')).toBe(2025);
  });
});

function stored(unitId: string, year: number, values: Values, formatId = 'national-2021'): StoredReport {
  return { id: `${unitId}:${year}`, unitId, year, formatId, values };
}

describe('area total', () => {
  const reports = [
    stored('gov', 2025, { 't3.received.natural': 3, 't3.disclosed.natural': 3, 't2.licensing.decisions': 5 }),
    stored('edu', 2025, { 't3.received.natural': 2, 't3.received.business': 1, 't3.carriedOut.natural': 1 }),
    stored('town', 2025, {}),
    stored('sub', 2025, { 't3.received.natural': 100 }),
    stored('subUnit', 2025, { 't3.received.natural': 4 }),
    stored('area', 2017, { 'legacy.applicationsReceived.value': 9 }, 'national-legacy'),
  ];

  it('sums the units, counting a sub-area through its units and not its own total too', () => {
    const total = areaTotal('area', UNITS, reports, 2025);
    expect(total?.source).toBe('units');
    expect(total?.parts.map((p) => p.unitId)).toEqual(['gov', 'edu', 'subUnit']);
    expect(total?.values['t3.received.natural']).toBe(9);
    expect(total?.values['t3.received.business']).toBe(1);
    expect(total?.values['t3.received.other']).toBeNull();
    // Drill-down: an input cell and a computed one, each naming its units.
    expect(total && contributionsTo(total, 't3.received.natural').map((c) => [c.unitId, c.value])).toEqual([
      ['gov', 3],
      ['edu', 2],
      ['subUnit', 4],
    ]);
    expect(total && contributionsTo(total, 't3.received.total').map((c) => c.value)).toEqual([3, 3, 4]);
    expect(total && groupSubtotals(total).map((g) => [g.label, g.units, g.values['t3.received.natural']])).toEqual([
      ['本级', 1, 3],
      ['部门', 2, 6],
    ]);
  });

  it("uses the area's own report for a year none of its units has figures for, and nothing when neither has", () => {
    const old = areaTotal('area', UNITS, reports, 2017);
    expect(old?.source).toBe('whole');
    expect(old?.format.id).toBe('national-legacy');
    expect(areaTotal('area', UNITS, reports, 2023)).toBeUndefined();
  });

  it('feeds the charts and key totals from the total', () => {
    const total = areaTotal('area', UNITS, reports, 2025);
    if (!total) throw new Error('no total');
    const outcomes = outcomeSeries(total.format, total.values);
    expect(outcomes.labels).toEqual(['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(outcomes.values).toEqual([3, 0, 0, 0, 0, 0]);
    expect(keyTotalsOf(total.format, total.values).slice(0, 4)).toEqual([10, 0, 3, 1]);
    const prior = priorValuesOn(total.format, { format: total.format, values: { 't3.received.natural': 4 } });
    const yoy = yearOnYearSeries(total.format, total.values, prior);
    expect(yoy.labels).toEqual(['新收申请', '办理总计', '结转下年', '行政复议', '行政诉讼']);
    expect(yoy.current[0]).toBe(10);
    expect(yoy.prior[0]).toBe(4);
  });
});

describe('cross-year findings per unit', () => {
  it('lists X1 mismatches and sharp changes with the unit and its explanation', () => {
    const reports: StoredReportWithNotes[] = [
      { ...stored('edu', 2024, { 't3.carriedOut.natural': 1, 't3.received.natural': 5 }), explanations: {} },
      {
        ...stored('edu', 2025, { 't3.carriedIn.natural': 3, 't3.received.natural': 60 }),
        explanations: { 'X1:t3.carriedIn.natural:自然人列': '上年数据有误' },
      },
    ];
    const { carryOver, sharp } = unitFindings(UNITS, reports, 2025);
    expect(carryOver.map((f) => [f.unitName, f.problem.key, f.explanation])).toContainEqual([
      '示例区教育局',
      'X1:t3.carriedIn.natural:自然人列',
      '上年数据有误',
    ]);
    expect(sharp.some((f) => f.problem.cells.includes('t3.received.natural'))).toBe(true);
  });
});

describe('names and today', () => {
  it('prints the total as 区（汇总）', () => {
    expect(consolidatedUnitName('湛河区（全区）')).toBe('湛河区（汇总）');
    expect(consolidatedUnitName('平顶山市(全市)')).toBe('平顶山市（汇总）');
    expect(areaBaseName('示例区')).toBe('示例区');
  });

  it('takes ?today= only in the demo workspace', () => {
    const now = new Date(2026, 0, 5);
    expect(officeToday('demo', '?workspace=demo&today=2026-02-15', now)).toBe('2026-02-15');
    expect(officeToday('main', '?today=2026-02-15', now)).toBe('2026-01-05');
    expect(officeToday('demo', '?today=2026-13-99', now)).toBe('2026-01-05');
  });
});

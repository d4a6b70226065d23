import type { FormatDef, TableDef, Values } from '@/domain/format/types';
import { FORMATS } from '@/domain/formats/registry';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { computeAll } from '@/domain/rules/compute';
import { buildPrintRows, columnPercents } from '@/widgets/shared/print-rows';
import { isLandscape, pageRule, printTitle, signatureLines } from '@/features/print/print-lines';

function table(format: FormatDef, key: string): TableDef {
  const t = format.tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

function rows(format: FormatDef, key: string, values: Values = {}) {
  return buildPrintRows(format, table(format, key), values, computeAll(format, values));
}

describe('buildPrintRows', () => {
  it.each(FORMATS.flatMap((f) => f.tables.map((t) => [f.id, t.key, f, t] as const)))(
    '%s %s: every layout cell once, merges kept, and each slot covered exactly once',
    (_id, key, format, t) => {
      const printed = rows(format, key).flat();
      const fromLayout = printed.filter((c) => c.kind !== 'empty');
      expect(fromLayout).toHaveLength(t.cells.length);
      for (const lc of t.cells) {
        const cell = fromLayout.find((c) => c.r === lc.r && c.c === lc.c);
        expect(cell?.rowSpan).toBe(lc.rowSpan ?? 1);
        expect(cell?.colSpan).toBe(lc.colSpan ?? 1);
        if (lc.label !== undefined) expect(cell?.text).toBe(lc.label);
      }
      const hits = Array.from({ length: t.rowCount }, () => new Array<number>(t.colCount).fill(0));
      for (const c of printed) {
        for (let r = c.r; r < c.r + c.rowSpan; r += 1) {
          for (let k = c.c; k < c.c + c.colSpan; k += 1) hits[r]![k]! += 1;
        }
      }
      expect(hits.flat().every((n) => n === 1)).toBe(true);
    },
  );

  it('prints inputs as stored, blank inputs empty, and totals summed (blank while all their parts are)', () => {
    const t4 = table(NATIONAL_2021, 't4');
    const total = NATIONAL_2021.fields.find((f) => f.table === 't4' && f.sumOf);
    if (!total?.sumOf) throw new Error('t4 has a computed total');
    const [first, second] = total.sumOf;
    if (!first || !second) throw new Error('a total has parts');
    const byField = (values: Values) =>
      new Map(rows(NATIONAL_2021, 't4', values).flat().map((c) => [c.field, c]));

    const blank = byField({});
    expect(blank.get(first)?.text).toBe('');
    expect(blank.get(total.key)?.text).toBe('');
    expect(blank.get(total.key)?.kind).toBe('computed');

    const filled = byField({ [first]: 12, [second]: 0 });
    expect(filled.get(first)?.text).toBe('12');
    expect(filled.get(first)?.kind).toBe('value');
    expect(filled.get(second)?.text).toBe('0');
    expect(filled.get(total.key)?.text).toBe('12');
    expect(t4.landscape).toBe(true);
  });

  it('prints money without trailing zeros', () => {
    const fee = NATIONAL_2021.fields.find((f) => f.kind === 'money');
    if (!fee) throw new Error('the 2021 format has a money cell');
    const cell = rows(NATIONAL_2021, fee.table, { [fee.key]: 1.25 })
      .flat()
      .find((c) => c.field === fee.key);
    expect(cell?.text).toBe('1.25');
  });

  it('prints the tall 三、本年度办理结果 label top to bottom and short labels across', () => {
    const cells = rows(NATIONAL_2021, 't3').flat();
    expect(cells.find((c) => c.text === '三、本年度办理结果')?.vertical).toBe(true);
    expect(cells.find((c) => c.text === '（三）不予公开')?.vertical).toBe(false);
    expect(cells.find((c) => c.text === '一、本年新收政府信息公开申请数量')?.vertical).toBe(false);
  });

  it('gives column widths as percentages of the official proportions', () => {
    const p = columnPercents(table(NATIONAL_2021, 't2'));
    expect(p).toHaveLength(4);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    expect(p[0]).toBeGreaterThan(p[1] ?? 0);
  });
});

describe('print lines', () => {
  it('titles the sheet with the unit and year', () => {
    expect(printTitle('湛河区教育局', 2025)).toBe('湛河区教育局2025年度政府信息公开工作年度报告统计表');
  });

  it('prints the one signature, leaving the unit head to sign by hand', () => {
    const lines = signatureLines('湛河区教育局', { person: '李四', phone: '0375-7654321', date: '2026年6月1日' });
    expect(lines.flat()).toEqual([
      ['填报单位（盖章）：', '湛河区教育局'],
      ['单位负责人：', ''],
      ['填报人：', '李四'],
      ['联系电话：', '0375-7654321'],
      ['填报日期：', '2026年6月1日'],
    ]);
  });

  it('prints the wide formats landscape and the legacy table portrait', () => {
    expect(isLandscape(NATIONAL_2021)).toBe(true);
    expect(isLandscape(LEGACY_2014)).toBe(false);
    expect(pageRule(true)).toBe('@page { size: A4 landscape; margin: 12mm; }');
    expect(pageRule(false)).toContain('A4 portrait');
  });
});

/** The 2019 trial format's differences from 2021: its Table 二 and a single-row （六）其他处理. */
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { indexFormat } from '@/domain/format/format-index';
import { fieldAt, labelAt, mergesOf, tableOf } from './layout-helpers';

const t2 = tableOf(NATIONAL_2019, 't2');
const t3 = tableOf(NATIONAL_2019, 't3');
const field = (key: string) => indexFormat(NATIONAL_2019).field.get(key);

describe('2019 Table 三', () => {
  it('has （六）其他处理 as one row, so 三、本年度办理结果 spans 20 rows', () => {
    expect(labelAt(t3, 'B24')).toBe('（六）其他处理');
    expect(labelAt(t3, 'B25')).toBe('（七）总计');
    expect(labelAt(t3, 'A26')).toBe('四、结转下年度继续办理');
    expect(t3.rowCount).toBe(26);
    const merges = mergesOf(t3);
    expect(merges).toContain('A6:A25');
    expect(merges).toContain('B24:C24');
    expect(merges).toContain('B25:C25');
    expect(merges).toContain('A26:C26');
    expect(merges).not.toContain('A27:C27');
    expect(merges).not.toContain('B24:B26');
    // 20 rows under 三: 19 detail rows (2 + 8 + 3 + 5 + 1) and （七）总计.
    expect(field('t3.totalHandled.natural')?.sumOf).toHaveLength(19);
    expect(NATIONAL_2019.rules.find((r) => r.id === 'S2')?.rightLabel).toBe('19项办理结果之和');
  });

  it('keeps Table 三 and 四 labels otherwise as in 2021', () => {
    const t3of2021 = tableOf(NATIONAL_2021, 't3');
    for (const a1 of ['A1', 'D1', 'E2', 'A4', 'A5', 'B7', 'C10', 'C23', 'B19']) {
      expect(labelAt(t3, a1)).toBe(labelAt(t3of2021, a1));
    }
    expect(mergesOf(tableOf(NATIONAL_2019, 't4'))).toEqual(mergesOf(tableOf(NATIONAL_2021, 't4')));
  });
});

describe('2019 Table 二', () => {
  it('prints its own columns and rows', () => {
    const expected: Record<string, string> = {
      A1: '第二十条第（一）项',
      A2: '信息内容',
      B2: '本年新制作数量',
      C2: '本年新公开数量',
      D2: '对外公开总数量',
      A3: '规章',
      A4: '规范性文件',
      A5: '第二十条第（五）项',
      B6: '上一年项目数量',
      C6: '本年增/减',
      D6: '处理决定数量',
      A7: '行政许可',
      A8: '其他对外管理服务事项',
      A9: '第二十条第（六）项',
      B10: '上一年项目数量',
      C10: '本年增/减',
      D10: '处理决定数量',
      A11: '行政处罚',
      A12: '行政强制',
      A13: '第二十条第（八）项',
      B14: '上一年项目数量',
      C14: '本年增/减',
      A15: '行政事业性收费',
      A16: '第二十条第（九）项',
      B17: '采购项目数量',
      C17: '采购总金额',
      A18: '政府集中采购',
    };
    for (const [a1, label] of Object.entries(expected)) expect([a1, labelAt(t2, a1)]).toEqual([a1, label]);
    expect(t2.rowCount).toBe(18);
  });

  it('merges the values of （八） and （九） across C:D', () => {
    const merges = mergesOf(t2);
    expect(merges).toContain('C15:D15');
    expect(merges).toContain('C18:D18');
    expect(merges).toEqual(expect.arrayContaining(['A1:D1', 'A5:D5', 'A9:D9', 'A13:D13', 'A16:D16']));
  });

  it('reads 本年增/减 as a signed count and 采购总金额 as money', () => {
    for (const row of ['licensing', 'otherServices', 'penalty', 'enforcement', 'fees']) {
      expect([row, field(`t2.${row}.change`)?.kind]).toEqual([row, 'signedCount']);
    }
    expect(fieldAt(t2, 'C15')).toBe('t2.fees.change');
    expect(field('t2.procurement.amount')?.kind).toBe('money');
    expect(fieldAt(t2, 'C18')).toBe('t2.procurement.amount');
    expect(field('t2.procurement.projects')?.kind).toBe('count');
    const signed = NATIONAL_2019.fields.filter((f) => f.kind === 'signedCount').map((f) => f.key);
    expect(signed).toHaveLength(5);
  });

  it('has no X2 or T3 rules (its columns differ from 2021)', () => {
    expect(NATIONAL_2019.rules.filter((r) => r.id === 'X2' || r.id === 'T3')).toEqual([]);
  });
});

/** Choosing a format by (data year, variant), including a provincial variant that is only data. */
import { FORMATS, FIRST_YEAR, formatById, formatFor } from '@/domain/formats/registry';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { FormatDef } from '@/domain/format/types';
import { checkReport } from '@/domain/rules/engine';
import { labelAt, tableOf } from './layout-helpers';

describe('formatFor', () => {
  it('picks legacy for 2014–2018, the trial format for 2019–2020 and 2021 from 2021 on', () => {
    for (const year of [2014, 2015, 2016, 2017, 2018]) expect(formatFor(year)?.id).toBe('national-legacy');
    expect(formatFor(2019)?.id).toBe('national-2019');
    expect(formatFor(2020)?.id).toBe('national-2019');
    for (const year of [2021, 2022, 2024, 2030]) expect(formatFor(year)?.id).toBe('national-2021');
    expect(formatFor(2013)).toBeUndefined();
    expect(FIRST_YEAR).toBe(2014);
  });

  it('falls back to the national format for an unknown variant', () => {
    expect(formatFor(2022, 'no-such-province')?.id).toBe('national-2021');
    expect(formatFor(2017, 'no-such-province')?.id).toBe('national-legacy');
  });

  it('finds formats by id', () => {
    expect(formatById('national-2021')).toBe(NATIONAL_2021);
    expect(formatById('national-legacy')?.years).toEqual({ from: 2014, to: 2018 });
    expect(formatById('nope')).toBeUndefined();
  });

  describe('a provincial variant added as data', () => {
    const relabelled = '规章（设区的市、自治州人民政府应提供相关数据）';
    const hubei: FormatDef = {
      ...NATIONAL_2021,
      id: 'hubei-2021',
      variant: 'hubei',
      tables: NATIONAL_2021.tables.map((t) =>
        t.key !== 't2'
          ? t
          : { ...t, cells: t.cells.map((c) => (c.label === '规章' ? { ...c, label: relabelled } : c)) },
      ),
      fields: NATIONAL_2021.fields.map((f) =>
        f.row === 'regulations' ? { ...f, rowLabels: [f.rowLabels[0] ?? '', relabelled] } : f,
      ),
    };
    const withHubei = [...FORMATS, hubei];

    it('is chosen for its variant and years, and national elsewhere', () => {
      expect(formatFor(2023, 'hubei', withHubei)).toBe(hubei);
      expect(labelAt(tableOf(formatFor(2023, 'hubei', withHubei) as FormatDef, 't2'), 'A3')).toBe(relabelled);
      expect(formatFor(2023, 'national', withHubei)).toBe(NATIONAL_2021);
      expect(formatFor(2020, 'hubei', withHubei)?.id).toBe('national-2019');
    });

    it('is checked by the same engine', () => {
      const problems = checkReport(hubei, { 't3.received.natural': 2 });
      expect(problems.map((p) => p.message)).toContain(
        '自然人列：一、本年新收 + 二、上年结转（2）应等于 （七）总计 + 四、结转下年度（0），相差 2',
      );
    });
  });
});

import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import type { FormatDef } from '@/domain/format/types';
import { planSheet } from '@/io/export/sheet-plan';

function valuesOf(format: FormatDef, seed: number): Record<string, number> {
  return Object.fromEntries(format.fields.filter((f) => !f.sumOf).map((f, i) => [f.key, (i * seed) % 11]));
}

describe('sheet plans reuse the layout of their format', () => {
  it.each([NATIONAL_2021, NATIONAL_2019, LEGACY_2014])('plans %s for a second unit as a first plan would', (format) => {
    planSheet({ format, values: valuesOf(format, 3), unitName: '第一个单位', year: 2025 });
    const input = { unitName: '第二个单位名称较长的某某局', year: 2024, values: valuesOf(format, 7) };
    const second = planSheet({ ...input, format });
    // A copy of the format has no layout planned yet: it is planned from scratch.
    const fresh = planSheet({ ...input, format: { ...format } });
    expect(second).toEqual(fresh);
  });
});

import { displayWidth, isVerticalLabel } from '@/domain/format/label-layout';
import { FORMATS } from '@/domain/formats/registry';

describe('label layout', () => {
  it('counts a CJK character or full-width mark as two units and a digit as one', () => {
    expect(displayWidth('三、12')).toBe(6);
  });

  it.each(FORMATS.map((f) => [f.id, f] as const))('%s writes only 三、本年度办理结果 top to bottom', (_, format) => {
    const vertical = format.tables.flatMap((t) => t.cells.filter((c) => isVerticalLabel(t, c)).map((c) => c.label));
    const expected = format.tables.some((t) => t.cells.some((c) => c.label === '三、本年度办理结果'))
      ? ['三、本年度办理结果']
      : [];
    expect(vertical).toEqual(expected);
  });
});

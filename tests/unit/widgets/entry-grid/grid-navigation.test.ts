import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { TableDef } from '@/domain/format/types';
import { firstInput, moveFrom, tabFrom } from '@/widgets/entry-grid/grid-navigation';
import { tableGridModel } from '@/widgets/entry-grid/table-grid-model';

const table = (key: string) => NATIONAL_2021.tables.find((t) => t.key === key) as TableDef;

describe('grid navigation, 2021 Table 二', () => {
  const model = tableGridModel(NATIONAL_2021, table('t2'));

  it('goes down past section and 信息内容 rows to the next value cell', () => {
    // 行政规范性文件 / 本年制发件数 (row 3) → 行政许可 (row 6), a cell merged over B:D.
    expect(moveFrom(model, { r: 3, c: 1 }, 'down')).toEqual({ r: 6, c: 1 });
    // From column C the merged cell is entered at its first position.
    expect(moveFrom(model, { r: 3, c: 2 }, 'down')).toEqual({ r: 6, c: 1 });
  });

  it('keeps the starting column through merged cells when asked', () => {
    expect(moveFrom(model, { r: 6, c: 1 }, 'up', 2)).toEqual({ r: 3, c: 2 });
  });

  it('treats a merged cell as one stop going right and stops at the edge', () => {
    expect(moveFrom(model, { r: 6, c: 1 }, 'right')).toBeUndefined();
    expect(moveFrom(model, { r: 2, c: 1 }, 'right')).toEqual({ r: 2, c: 2 });
    expect(moveFrom(model, { r: 2, c: 1 }, 'left')).toBeUndefined();
    expect(moveFrom(model, { r: 13, c: 1 }, 'down')).toBeUndefined();
  });

  it('tabs through value cells in reading order, wrapping rows', () => {
    expect(tabFrom(model, { r: 2, c: 3 }, false)).toEqual({ r: 3, c: 1 });
    expect(tabFrom(model, { r: 3, c: 1 }, true)).toEqual({ r: 2, c: 3 });
    expect(tabFrom(model, { r: 13, c: 1 }, false)).toBeUndefined();
  });
});

describe('grid navigation, Table 三', () => {
  const model = tableGridModel(NATIONAL_2021, table('t3'));
  it('tabs and enters past computed cells, which cannot be typed in', () => {
    // 其他 of 一 → 自然人 of 二 (the 总计 column is passed over).
    expect(tabFrom(model, { r: 3, c: 8 }, false)).toEqual({ r: 4, c: 3 });
    // 3.其他 of （六） → 四、结转下年度 (the （七）总计 row is passed over by Enter, not by arrows).
    expect(moveFrom(model, { r: 25, c: 3 }, 'down', 3, true)).toEqual({ r: 27, c: 3 });
    expect(moveFrom(model, { r: 25, c: 3 }, 'down')).toEqual({ r: 26, c: 3 });
    expect(firstInput(model, 5)).toEqual({ r: 5, c: 3 });
  });

  it('moves into computed cells (they can be focused and copied) but never into labels', () => {
    expect(moveFrom(model, { r: 3, c: 8 }, 'right')).toEqual({ r: 3, c: 9 });
    expect(moveFrom(model, { r: 3, c: 3 }, 'left')).toBeUndefined();
    expect(moveFrom(model, { r: 3, c: 3 }, 'up')).toBeUndefined();
  });
});

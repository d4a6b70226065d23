import { sameData } from '@/storage/same-data';

describe('sameData', () => {
  it('compares stored data at every depth', () => {
    const row = { id: 'u:2025', values: { a: 1, b: null }, history: [{ at: 1, text: '说明' }], done: false };
    expect(sameData(row, structuredClone(row))).toBe(true);
    expect(sameData(row, { ...row, values: { a: 1, b: 0 } })).toBe(false);
    expect(sameData(row, { ...row, values: { a: 1 } })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(
      sameData(row, {
        ...row,
        history: [
          { at: 1, text: '说明' },
          { at: 2, text: '' },
        ],
      }),
    ).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(undefined, null)).toBe(false);
    expect(sameData(undefined, undefined)).toBe(true);
  });
});

/** Worksheet names that Excel and WPS accept, unique ignoring case, whatever the unit names are. */
import { safeSheetName, uniqueSheetNames } from '@/io/office/sheet-names';

describe('sheet names', () => {
  it('replaces the characters Excel refuses and trims apostrophes and spaces at the ends', () => {
    expect(safeSheetName('财政局[2024]/办公室:*?\\')).toBe('财政局_2024__办公室____');
    expect(safeSheetName("  '城关镇'  ")).toBe('城关镇');
    expect(safeSheetName('甲\u0000乙\t丙')).toBe('甲乙丙');
  });

  it('falls back to a name when nothing is left, and avoids the reserved History', () => {
    expect(safeSheetName("''")).toBe('工作表');
    expect(safeSheetName('   ', '单位')).toBe('单位');
    expect(safeSheetName('History')).toBe('History_1');
  });

  it('cuts to 31 UTF-16 units without splitting a surrogate pair', () => {
    expect(safeSheetName('一'.repeat(40))).toBe('一'.repeat(31));
    const withPair = `${'一'.repeat(30)}𠀀尾`;
    expect(safeSheetName(withPair)).toBe('一'.repeat(30));
  });

  it('numbers repeats, ignoring case, and keeps the numbered name within 31 units', () => {
    expect(uniqueSheetNames(['汇总', '汇总', 'Ab', 'aB', '汇总'])).toEqual([
      '汇总',
      '汇总(2)',
      'Ab',
      'aB(2)',
      '汇总(3)',
    ]);
    const long = '长'.repeat(35);
    const [a, b] = uniqueSheetNames([long, long]);
    expect(a).toBe('长'.repeat(31));
    expect(b).toBe(`${'长'.repeat(28)}(2)`);
  });
});

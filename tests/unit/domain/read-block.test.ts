/** Splitting a block copied from Excel / WPS into rows and cells. */
import { readBlock } from '@/domain/values/read-value';

describe('readBlock', () => {
  it('splits tabs and CRLF rows, dropping the trailing line break Excel adds', () => {
    expect(readBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('accepts LF and lone CR line breaks, and a block without a final break', () => {
    expect(readBlock('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(readBlock('1\r2\r')).toEqual([['1'], ['2']]);
  });

  it('reads one cell, and nothing from an empty clipboard', () => {
    expect(readBlock('42')).toEqual([['42']]);
    expect(readBlock('42\r\n')).toEqual([['42']]);
    expect(readBlock('')).toEqual([]);
  });

  it('keeps empty cells, at the ends of rows too, and empty rows inside the block', () => {
    expect(readBlock('\t1\t\r\n\r\n2\t\t3\r\n')).toEqual([['', '1', ''], [''], ['2', '', '3']]);
  });

  it('reads Excel-quoted cells holding line breaks, tabs and doubled quotes', () => {
    const text = '"商业\n企业"\t"a\tb"\t"危及""三安全一稳定"""\r\n"line1\r\nline2"\t5\r\n';
    expect(readBlock(text)).toEqual([
      ['商业\n企业', 'a\tb', '危及"三安全一稳定"'],
      ['line1\r\nline2', '5'],
    ]);
  });

  it('reads a quote that Excel did not wrap as part of the cell', () => {
    expect(readBlock('"三安全"等\t3\r\n')).toEqual([['"三安全"等', '3']]);
    expect(readBlock('"open\t3')).toEqual([['"open', '3']]);
    expect(readBlock('5"\t"')).toEqual([['5"', '"']]);
  });

  it('keeps full-width text as is (values are read cell by cell afterwards)', () => {
    expect(readBlock('１２\t－\t9件\n')).toEqual([['１２', '－', '9件']]);
  });
});

import { toCsv } from '@/io/export/csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['商业,企业', '说"明"', '两\n行']])).toBe('\uFEFF"商业,企业","说""明""","两\n行"\r\n');
  });

  it('writes blanks as empty fields and keeps 0', () => {
    expect(toCsv([[null, 0, '']])).toBe('\uFEFF,0,\r\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 0375', "'+86 0375"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('neutralises the text %j so a spreadsheet does not run it', (text, written) => {
    expect(toCsv([[text]])).toBe(`\uFEFF${written}\r\n`);
  });

  it('quotes a neutralised text that also needs quotes', () => {
    expect(toCsv([['=HYPERLINK("x")']])).toBe('\uFEFF"\'=HYPERLINK(""x"")"\r\n');
    expect(toCsv([['\rx']])).toBe('\uFEFF"\'\rx"\r\n');
  });

  it('leaves numbers, negative ones included, as numbers', () => {
    expect(toCsv([[-3, 12.3456, 1e7]])).toBe('\uFEFF-3,12.3456,10000000\r\n');
  });

  it('leaves text that merely contains a formula sign alone', () => {
    expect(toCsv([['a=b', '1-2']])).toBe('\uFEFFa=b,1-2\r\n');
  });
});

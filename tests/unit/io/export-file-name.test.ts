import { officialFileName, reportTextFileName } from '@/io/export/file-name';

describe('officialFileName', () => {
  it('names the file by year and unit', () => {
    expect(officialFileName(2025, '湛河区发展和改革委员会')).toBe(
      '2025年度_湛河区发展和改革委员会_政府信息公开年报统计表.xlsx',
    );
  });

  it('drops characters Windows forbids and trailing dots or spaces', () => {
    expect(officialFileName(2024, 'A/B\\C:D*E?F"G<H>I|J. ')).toBe('2024年度_ABCDEFGHIJ_政府信息公开年报统计表.xlsx');
  });

  it('names a unit whose name is only forbidden characters', () => {
    expect(officialFileName(2024, '???')).toBe('2024年度_未命名单位_政府信息公开年报统计表.xlsx');
  });
});

describe('reportTextFileName', () => {
  it('names the Word report like the sheet, with the same cleaning', () => {
    expect(reportTextFileName(2025, '湛河区财政局')).toBe('2025年度_湛河区财政局_政府信息公开工作年度报告.docx');
    expect(reportTextFileName(2025, ' :. ')).toBe('2025年度_未命名单位_政府信息公开工作年度报告.docx');
  });
});

/** Characters Windows refuses in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A unit name as a file name part: what Windows refuses removed, no trailing dots or spaces. */
function safeUnit(unitName: string): string {
  return (
    unitName
      .replace(FORBIDDEN, '')
      .trim()
      .replace(/[. ]+$/, '') || '未命名单位'
  );
}

/** `2025年度_湛河区发展和改革委员会_政府信息公开年报统计表.xlsx`: safe to save on every system. */
export function officialFileName(year: number, unitName: string): string {
  return `${year}年度_${safeUnit(unitName)}_政府信息公开年报统计表.xlsx`;
}

/** `2025年度_湛河区财政局_政府信息公开工作年度报告.docx`: the report text as a Word document. */
export function reportTextFileName(year: number, unitName: string): string {
  return `${year}年度_${safeUnit(unitName)}_政府信息公开工作年度报告.docx`;
}

/** `2025年度_湛河区_已发布年报核对结果.xlsx`: the office's check of a batch of published reports. */
export function findingsFileName(year: number, areaName: string): string {
  return `${year}年度_${safeUnit(areaName)}_已发布年报核对结果.xlsx`;
}

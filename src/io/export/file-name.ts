/** Characters Windows refuses in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** `2025年度_湛河区发展和改革委员会_政府信息公开年报统计表.xlsx`: safe to save on every system. */
export function officialFileName(year: number, unitName: string): string {
  const unit =
    unitName
      .replace(FORBIDDEN, '')
      .trim()
      .replace(/[. ]+$/, '') || '未命名单位';
  return `${year}年度_${unit}_政府信息公开年报统计表.xlsx`;
}

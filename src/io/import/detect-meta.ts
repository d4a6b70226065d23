/**
 * Guesses of a file's data year and unit, each with where it came from, for the user to confirm: a title
 * such as `政府信息公开情况统计表（2017年度）`, a `填报单位：…` line, a sheet name or the file name.
 */
import type { PreparedSheet } from './prepared-sheet';
import { cellAddress } from './workbook-data';

export type GuessSource = 'title' | 'unitLine' | 'sheetName' | 'fileName';

export interface Guess<T> {
  value: T;
  source: GuessSource;
  /** The text the guess was read from, and where, for the confirmation prompt. */
  text: string;
  sheet?: string;
  cell?: string;
  /** When another source names a different value: which one that is, and why this one was taken. */
  note?: string;
}

export const GUESS_SOURCE_NAMES: Readonly<Record<GuessSource, string>> = {
  title: '表格标题',
  unitLine: '填报单位一栏',
  sheetName: '工作表名称',
  fileName: '文件名',
};

/** Only the first rows can hold a title or a 填报单位 line; signature lines sit under the tables. */
const META_ROWS = 12;
const YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/u;
const YEAR_IN_NAME = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/u;
const UNIT_LINE = /^\s*(?:填报|报送|填表)单位(?:名称)?\s*(?:[（(]盖章[）)])?\s*[:：]?\s*(.*)$/su;
/** Words that end the unit's name on a combined line such as `填报单位：某局    填报日期：…`. */
const UNIT_LINE_END =
  /\s{2,}|(?:填报|填表|报送)(?:日期|时间|人)|日期|时间|负责人|审核人|联系电话|单位[:：]|[（(]盖章[）)]/u;
const REPORT_WORDS = /政府信息公开|统计表|年度报告|年报|工作报告|情况表/u;

interface TextCell {
  sheet: PreparedSheet;
  r: number;
  c: number;
  text: string;
}

function metaCells(sheets: readonly PreparedSheet[], rows = META_ROWS): TextCell[] {
  const out: TextCell[] = [];
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(rows, sheet.rowCount); r += 1) {
      for (let c = 0; c < sheet.width(r); c += 1) {
        const v = sheet.value({ r, c });
        if (typeof v === 'string' && v.trim() !== '') out.push({ sheet, r, c, text: v.trim() });
      }
    }
  }
  return out;
}

/** A column header's note such as `上一年项目数量（指2019年事项数）` names another year, never the report's. */
const HEADER_NOTE = /[（(][^）)]*指[^）)]*[）)]|上一?年|上年|本年|同比/u;

/**
 * The data year, by the strength of its source: a title line (or any line with 年度), then the sheet name, then
 * the file name, and only then a year elsewhere in the first rows (a column header's note is never taken).
 * When sources disagree, the guess says which it chose and why.
 */
export function guessYear(sheets: readonly PreparedSheet[], fileName?: string): Guess<number> | undefined {
  const cells = metaCells(sheets).filter((t) => !/日期|时间/u.test(t.text));
  const yearOf = (text: string) => YEAR.exec(text.normalize('NFKC'))?.[1];
  const titled = cells.filter((t) => (REPORT_WORDS.test(t.text) || /年度/u.test(t.text)) && !HEADER_NOTE.test(t.text));
  const found: Guess<number>[] = [];
  const title = titled.find((t) => yearOf(t.text));
  if (title) found.push(at(Number(yearOf(title.text)), 'title', title));
  for (const sheet of sheets) {
    const m = YEAR_IN_NAME.exec(sheet.name.normalize('NFKC'));
    if (m?.[1]) {
      found.push({ value: Number(m[1]), source: 'sheetName', text: sheet.name, sheet: sheet.name });
      break;
    }
  }
  if (fileName) {
    const m = YEAR_IN_NAME.exec(baseName(fileName).normalize('NFKC'));
    if (m?.[1]) found.push({ value: Number(m[1]), source: 'fileName', text: fileName });
  }
  const other = cells.find((t) => yearOf(t.text) && !HEADER_NOTE.test(t.text));
  if (other) found.push(at(Number(yearOf(other.text)), 'title', other));
  const chosen = found[0];
  if (!chosen) return undefined;
  const differing = found.find((g) => g.value !== chosen.value);
  if (!differing) return chosen;
  return {
    ...chosen,
    note: `${GUESS_SOURCE_NAMES[differing.source]}“${differing.text}”写的是 ${differing.value} 年，采用${GUESS_SOURCE_NAMES[chosen.source]}的 ${chosen.value} 年（${GUESS_SOURCE_NAMES[chosen.source]}优先于${GUESS_SOURCE_NAMES[differing.source]}），请核对。`,
  };
}

export function guessUnit(sheets: readonly PreparedSheet[], fileName?: string): Guess<string> | undefined {
  const cells = metaCells(sheets);
  for (const t of cells) {
    const m = UNIT_LINE.exec(t.text);
    if (!m) continue;
    let name = cutUnit(m[1] ?? '');
    if (name === '') {
      // `填报单位：` in one cell and the name in the next filled cell of the row.
      const next = cells.find((o) => o.sheet === t.sheet && o.r === t.r && o.c > t.c);
      name = next ? cutUnit(next.text) : '';
    }
    if (isUnitName(name)) return at(name, 'unitLine', t);
  }
  for (const t of cells) {
    if (!REPORT_WORDS.test(t.text)) continue;
    const name = unitBeforeYear(t.text, true);
    if (name) return at(name, 'title', t);
  }
  if (fileName) {
    const name = unitFromFileName(baseName(fileName));
    if (name) return { value: name, source: 'fileName', text: fileName };
  }
  return undefined;
}

/** `2025年度_湛河区民政局_统计表` → `湛河区民政局`: years and the words 年度, 统计表, 年报 … are not the unit's name. */
export function unitFromFileName(base: string): string | undefined {
  const words = base
    .normalize('NFKC')
    .replace(/[（(]?(?:19|20)\d{2}\s*年?度?[）)]?/gu, ' ')
    .replace(
      /政府信息公开(?:工作)?(?:年度报告|情况)?|年度报告|统计表|情况表|年报|报表|年度|[(（]?(?:最终|修改|定稿)?版?[)）]?$/gu,
      ' ',
    )
    .split(/[_\-—\s、,，.]+/u)
    .filter((w) => isUnitName(w));
  return words.sort((a, b) => b.length - a.length)[0];
}

function cutUnit(text: string): string {
  const cut = UNIT_LINE_END.exec(text);
  const name = cut ? text.slice(0, cut.index) : text;
  return name
    .replace(/[\s:：（(）)]+$/u, '')
    .replace(/^[\s:：]+/u, '')
    .trim();
}

/** `某区人民政府2024年政府信息公开工作年度报告` → `某区人民政府`; a bare title without a unit gives nothing. */
function unitBeforeYear(text: string, needsYear = false): string | undefined {
  const flat = text.normalize('NFKC').replace(/\s+/gu, '');
  const m = /^(.*?)(?:[（(])?(?:19|20)\d{2}\s*年?/u.exec(flat);
  if (!m && needsYear) return undefined;
  const candidate = ((m ? m[1] : flat) ?? '').split(/政府信息公开|统计表|年报|年度报告/u)[0] ?? '';
  const name = candidate.replace(/[_\-—\s（(《]+$/u, '').replace(/^[_\-—\s]+/u, '');
  return isUnitName(name) ? name : undefined;
}

function isUnitName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= 60 &&
    !REPORT_WORDS.test(name) &&
    !/^\d+$/u.test(name) &&
    // `关于2024年…的报告`, `附件1 2024年…`: words before a year that are not a unit.
    !/^(关于|附件|附表|表)/u.test(name)
  );
}

function at<T>(value: T, source: GuessSource, t: TextCell): Guess<T> {
  return { value, source, text: t.text, sheet: t.sheet.name, cell: cellAddress(t) };
}

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/u).pop() ?? fileName;
  return last.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
}

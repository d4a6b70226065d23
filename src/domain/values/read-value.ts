/**
 * How one cell's content becomes a stored value, the same in the grid, in a paste and in an import (spec §5).
 * Accepted forms are normalised quietly or with a note; anything else is refused with a Chinese reason, and
 * the caller keeps the clerk's text so nothing is lost.
 */
import type { FieldDef, ValueKind } from '../format/types';
import { formatNumber, MONEY_DECIMALS, roundMoney } from './money';

export type ReadResult = { ok: true; value: number | null; note?: string } | { ok: false; reason: string };

export interface ReadOptions {
  /** The cell's unit word (件, 条, 人次 …), used to say what a count cell expects. */
  unit?: string;
}

/** Count words a clerk may type after a number in a count cell; longest first so 人次 wins over 人. */
const COUNT_UNITS = ['人次', '件', '条', '次', '篇', '个', '人'] as const;
const NOT_APPLICABLE = /^(?:[-—–－−]+|[/／])$/u;
// Spaces a cell may carry around or inside a number: ASCII, no-break and ideographic.
const SPACES = /[\s\u00a0\u3000]+/gu;
const FULL_WIDTH = /[０-９－．＋]/gu;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** 万元: a trillion 万元 is far above any office's fees; beyond it a figure is a typo or a hand-edited file. */
const MAX_MONEY = 1e12;

export function readValue(raw: unknown, kind: ValueKind, options: ReadOptions = {}): ReadResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return checkNumber(raw, String(raw), kind, options);
  if (typeof raw !== 'string') return { ok: false, reason: '无法识别此单元格的内容，请填写数字' };
  return readText(raw, kind, options);
}

/**
 * The domain check of a value for one cell, whichever way it arrived (typed, pasted, imported, a report file, a
 * backup, the storage layer's last check before a write): kind, sign, integer and size, as `readValue`.
 */
export function checkFieldValue(raw: unknown, field: Pick<FieldDef, 'kind' | 'unit'>): ReadResult {
  return readValue(raw, field.kind, field.unit ? { unit: field.unit } : {});
}

function readText(raw: string, kind: ValueKind, options: ReadOptions): ReadResult {
  const shown = raw.replace(SPACES, ' ').trim();
  const text = toHalfWidth(raw).replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
  if (text === '') return { ok: true, value: null };
  if (NOT_APPLICABLE.test(text)) return { ok: true, value: null, note: `“${shown}”表示不适用，按空白处理` };
  if (text === '无') return { ok: true, value: 0 };
  if (text.startsWith('=')) return { ok: false, reason: `“${shown}”是公式，请填写数字` };

  const { number, unit } = splitUnit(text);
  let yuan = false;
  if (unit) {
    const fits =
      kind === 'money' ? unit === '万元' || unit === '元' : (COUNT_UNITS as readonly string[]).includes(unit);
    if (!fits) return { ok: false, reason: `“${shown}”的单位与此格不符` };
    yuan = unit === '元';
  }
  const parsed = parseDigits(number);
  if (parsed === 'badGrouping') return { ok: false, reason: `“${shown}”的千位分隔符位置不对，请核对数字` };
  if (parsed === undefined) return { ok: false, reason: `“${shown}”${kind === 'money' ? '不是数字' : '不是整数'}` };
  if (!yuan) return checkNumber(parsed, shown, kind, options);
  const inWan = parsed / 10000;
  const checked = checkNumber(inWan, shown, kind, options);
  if (!checked.ok || checked.value === null) return checked;
  const converted = `“${shown}”已换算为 ${formatNumber(checked.value)} 万元`;
  return { ok: true, value: checked.value, note: checked.note ? `${converted}；${checked.note}` : converted };
}

function checkNumber(n: number, shown: string, kind: ValueKind, options: ReadOptions): ReadResult {
  if (!Number.isFinite(n)) return { ok: false, reason: `“${shown}”不是数字` };
  if (kind !== 'signedCount' && n < 0) return { ok: false, reason: `“${shown}”不能为负数` };
  if (kind === 'money') {
    if (Math.abs(n) > MAX_MONEY) return { ok: false, reason: `“${shown}”太大，请核对` };
    const rounded = roundMoney(n) + 0; // + 0 turns -0 into 0
    if (rounded === n) return { ok: true, value: rounded };
    return {
      ok: true,
      value: rounded,
      note: `已四舍五入到 ${MONEY_DECIMALS} 位小数：${formatNumber(rounded)} 万元`,
    };
  }
  if (!Number.isInteger(n)) return { ok: false, reason: `“${shown}”不是整数（此处应填${countNoun(options.unit)}）` };
  if (Math.abs(n) > MAX_SAFE) return { ok: false, reason: `“${shown}”太大，请核对` };
  return { ok: true, value: n + 0 };
}

function countNoun(unit: string | undefined): string {
  return `${unit ?? '件'}数`;
}

function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u2212/gu, '-');
}

function splitUnit(text: string): { number: string; unit?: string } {
  const m = /^(.*?)[\s]*(万元|元|人次|[件条次篇个人])$/u.exec(text);
  if (!m || !/\d/u.test(m[1] ?? '')) return { number: text };
  return { number: m[1] ?? '', unit: m[2] };
}

/**
 * Plain decimal notation with an optional sign and thousands separators (`,` `，` or spaces) between groups
 * of three digits. Returns `badGrouping` for separators elsewhere, since `1,2345` is more likely a typo for
 * `1.2345` or `12345` than either.
 */
function parseDigits(s: string): number | 'badGrouping' | undefined {
  const m = /^([+-]?)(\d[\d,，\s\u00a0\u3000]*)(\.\d+)?$/u.exec(s);
  if (!m) return undefined;
  const [, sign = '', intPart = '', frac = ''] = m;
  const groups = intPart.split(/[,，\s\u00a0\u3000]/u);
  if (groups.length > 1) {
    const [first = '', ...rest] = groups;
    if (!/^\d{1,3}$/u.test(first) || rest.some((g) => !/^\d{3}$/u.test(g))) return 'badGrouping';
  }
  return Number(`${sign}${groups.join('')}${frac}`);
}

export { readBlock } from './read-block';

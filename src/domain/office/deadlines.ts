/**
 * Reporting deadlines. By law (条例 第五十条) departments publish by 1月31日 and governments by 3月31日 of the
 * following year; a collecting office usually sets earlier internal dates, so both are configurable.
 */
import type { UnitKind } from '../format/types';

export interface DeadlineConfig {
  /** Month and day in the year after the data year. */
  departments: { month: number; day: number };
  governments: { month: number; day: number };
}

export const LEGAL_DEADLINES: DeadlineConfig = {
  departments: { month: 1, day: 31 },
  governments: { month: 3, day: 31 },
};

const GOVERNMENT_KINDS: readonly UnitKind[] = ['区县政府本级', '设区的市政府本级', '省级政府本级', '区域汇总'];

/** The deadline as an ISO date (YYYY-MM-DD), so it compares as text and needs no time zone. */
export function deadlineFor(kind: UnitKind, dataYear: number, config: DeadlineConfig = LEGAL_DEADLINES): string {
  const d = GOVERNMENT_KINDS.includes(kind) ? config.governments : config.departments;
  return `${dataYear + 1}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `2026-01-31` → `2026年1月31日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

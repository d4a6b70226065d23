/** The collecting office's own reporting deadlines (earlier than the legal ones, as a rule), kept in settings. */
import { LEGAL_DEADLINES, type DeadlineConfig } from '@/domain/office/deadlines';
import type { XxgkDb } from '../db';
import { RefusedError } from '../errors';
import { settingsRepo } from '../settings-repo';

export const DEADLINE_SETTING = 'officeDeadlines';

type MonthDay = DeadlineConfig['departments'];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isMonthDay(v: unknown): v is MonthDay {
  if (!v || typeof v !== 'object') return false;
  const { month, day } = v as Record<string, unknown>;
  return (
    typeof month === 'number' &&
    typeof day === 'number' &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (DAYS_IN_MONTH[month - 1] ?? 0)
  );
}

/** A stored value that is not a valid config (hand-edited, from an older release) falls back to the legal dates. */
export function parseDeadlineConfig(value: unknown): DeadlineConfig {
  if (!value || typeof value !== 'object') return LEGAL_DEADLINES;
  const { departments, governments } = value as Record<string, unknown>;
  return isMonthDay(departments) && isMonthDay(governments) ? { departments, governments } : LEGAL_DEADLINES;
}

export async function readDeadlineConfig(db: XxgkDb): Promise<DeadlineConfig> {
  return parseDeadlineConfig(await settingsRepo(db).get(DEADLINE_SETTING));
}

/** The deadlines with their version, for the form that edits them. */
export async function readDeadlineSetting(db: XxgkDb): Promise<{ config: DeadlineConfig; rev: number }> {
  const { value, rev } = await settingsRepo(db).getVersioned(DEADLINE_SETTING);
  return { config: parseDeadlineConfig(value), rev };
}

const WHAT = '截止日期设置';

/** Saves the deadlines read at version `expectedRev`; a `StaleWriteError` when another window saved them since. */
export async function saveDeadlineConfig(db: XxgkDb, config: DeadlineConfig, expectedRev: number): Promise<void> {
  for (const [name, d] of [
    ['部门、乡镇街道', config.departments],
    ['政府本级和全区汇总', config.governments],
  ] as const) {
    if (!isMonthDay(d)) throw new RefusedError(`${name}的截止日期无效，请重新选择一个日期。设置未保存。`);
  }
  const value = { departments: { ...config.departments }, governments: { ...config.governments } };
  await settingsRepo(db).setAt(DEADLINE_SETTING, value, expectedRev, WHAT);
}

/** Back to 1月31日 / 3月31日 (条例 第五十条), against the version read, as a save. */
export async function resetDeadlineConfig(db: XxgkDb, expectedRev: number): Promise<void> {
  await settingsRepo(db).setAt(DEADLINE_SETTING, null, expectedRev, WHAT);
}

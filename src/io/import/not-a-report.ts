/**
 * Why a file was not taken as a report, naming the labels of the format it should have had: the format of the
 * year the file names, else the one whose section labels it carries most of. A legacy 统计表 that fails is told
 * the legacy labels it lacks, not the 2021 format's.
 */
import type { FormatDef } from '@/domain/format/types';
import { normaliseLabel } from './normalise-label';
import type { PreparedSheet } from './prepared-sheet';

const SHOWN = 3;
const ASK = '请确认选择的是年报统计表文件。';

/** When the file carries no section label of any format: one example of the current and of the legacy format. */
export const NO_REPORT_LABELS =
  '没有找到“一、本年新收政府信息公开申请数量”（2019年起的格式）或“三、依申请公开情况”（2014–2018年统计表）等标签';

export const NOT_A_REPORT = `未在文件中找到政府信息公开年报统计表：${NO_REPORT_LABELS}。${ASK}`;

export interface NotAReport {
  ok: false;
  reason: string;
  /** The labels part of the reason (`按……，没有找到“…”等标签`), for readers that word the rest themselves. */
  lacking: string;
}

export function notAReport(
  sheets: readonly PreparedSheet[],
  formats: readonly FormatDef[],
  year: number | undefined,
): NotAReport {
  const covers = (f: FormatDef) =>
    year !== undefined && year >= f.years.from && (f.years.to === undefined || year <= f.years.to);
  const scored = formats
    .filter((f) => f.fields.length > 0)
    .map((format) => {
      const sections = sectionLabels(format);
      const present = sections.filter((label) => sheets.some((s) => s.find(normaliseLabel(label)).length > 0));
      return { format, sections, present };
    });
  const byYear = scored.find((s) => covers(s.format));
  const byLabels = [...scored].sort((a, b) => b.present.length - a.present.length)[0];
  const pick = byYear ?? (byLabels && byLabels.present.length > 0 ? byLabels : undefined);
  if (!pick) return { ok: false, reason: NOT_A_REPORT, lacking: NO_REPORT_LABELS };
  const missing = pick.sections.filter((label) => !pick.present.includes(label));
  const named = (missing.length > 0 ? missing : pick.sections)
    .slice(0, SHOWN)
    .map((l) => `“${l}”`)
    .join('');
  const why = byYear ? `文件的年度 ${year} 年适用${pick.format.name}` : `文件像是${pick.format.name}`;
  const lacking =
    missing.length > 0
      ? `${why}，但没有找到其中的${named}等标签`
      : `${why}，找到了${named}等标签，但没有找到足够的对应数值`;
  return { ok: false, reason: `未在文件中找到政府信息公开年报统计表：${lacking}。${ASK}`, lacking };
}

/** The format's section rows (一、… 二、…) of its largest table: the labels a clerk recognises the table by. */
function sectionLabels(format: FormatDef): string[] {
  const sizes = new Map<string, number>();
  for (const f of format.fields) sizes.set(f.table, (sizes.get(f.table) ?? 0) + 1);
  const main = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const labels = new Set<string>();
  for (const f of format.fields) if (f.table === main && f.rowLabels[0]) labels.add(f.rowLabels[0]);
  return [...labels];
}

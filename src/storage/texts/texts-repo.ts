/**
 * The annual report's prose, per report: read the saved text, save one section, reset a section to the draft
 * generated from the tables. Every write is one transaction and resolves after the commit.
 */
import type { ReplacedText, ReportTextRow, ReportTextSection, XxgkDb } from '../db';
import { nextStamp, refuseIfStale, revOf, withReplaced } from '../edit-stamp';
import { RefusedError, runRead, runWrite } from '../errors';
import { formatOf } from '../report-summary';
import { draftSections } from './text-slots';

/** A section longer than this is surely a mistaken paste (a whole book); refused before anything is written. */
export const MAX_SECTION_CHARS = 100_000;
const UNSIGNED = '未署名';

export function textsRepo(db: XxgkDb) {
  return {
    /** The saved text, or undefined when nothing was saved yet (the page shows the draft). */
    get: (reportId: string) => runRead(db, () => db.reportTexts.get(reportId)),
    /**
     * Saves one section written against `expectedRev` (the section's `revOfSection` when the clerk started typing);
     * refused with a `StaleWriteError` when another window saved it since.
     */
    saveSection: (reportId: string, section: ReportTextSection, who: string, expectedRev: number) =>
      saveSection(db, reportId, section, who, expectedRev),
    resetSection: (reportId: string, number: number, who: string, expectedRev: number) =>
      resetSection(db, reportId, number, who, expectedRev),
    /** Every section as generated from the report's current figures (the legacy format: one empty section). */
    drafts: (reportId: string) => runRead(db, () => draftsOf(db, reportId)),
  };
}

export type TextsRepo = ReturnType<typeof textsRepo>;

/** The version of a section as stored (0 before its first save). */
export function revOfSection(row: ReportTextRow | undefined, number: number): number {
  return revOf(row?.stamps?.[number]);
}

/** Checks the version and returns the row with the section's old text moved to the history and a new stamp. */
async function versionedRow(
  db: XxgkDb,
  reportId: string,
  section: { number: number; heading: string },
  who: string,
  expectedRev: number,
  nextText: string,
): Promise<ReportTextRow> {
  const row = (await db.reportTexts.get(reportId)) ?? { reportId, sections: [], updatedAt: 0, who: '' };
  const stamp = row.stamps?.[section.number];
  const old = row.sections.find((s) => s.number === section.number);
  refuseIfStale(`正文“${section.heading}”`, stamp, expectedRev, old?.text);
  const now = Date.now();
  const replaced: ReplacedText | undefined = old && {
    key: String(section.number),
    text: old.text,
    ...(stamp ? { stamp } : {}),
    replacedAt: now,
  };
  return {
    ...row,
    updatedAt: now,
    who: who.trim() || UNSIGNED,
    stamps: { ...row.stamps, [section.number]: nextStamp(stamp, who, now) },
    history: withReplaced(row.history, replaced, nextText),
  };
}

async function draftsOf(db: XxgkDb, reportId: string): Promise<ReportTextSection[]> {
  const report = await db.reports.get(reportId);
  if (!report) throw new RefusedError('找不到这份报表，可能已被合并或删除。请返回列表重新打开。');
  const unit = await db.units.get(report.unitId);
  return draftSections(formatOf(report), report.values, unit?.name ?? '本单位', report.year);
}

async function saveSection(
  db: XxgkDb,
  reportId: string,
  section: ReportTextSection,
  who: string,
  expectedRev: number,
): Promise<ReportTextRow> {
  if (section.text.length > MAX_SECTION_CHARS) {
    throw new RefusedError(
      `“${section.heading}”有 ${section.text.length} 个字，超过每节 ${MAX_SECTION_CHARS} 字的上限，未保存。` +
        '请检查是否粘贴了多余的内容，删减后再保存。',
    );
  }
  return runWrite(db, ['units', 'reports', 'reportTexts'], async () => {
    const known = (await draftsOf(db, reportId)).some((d) => d.number === section.number);
    if (!known) throw new RefusedError(`本报表的正文没有第 ${section.number} 节，未保存。请刷新页面后重试。`);
    const row = await versionedRow(db, reportId, section, who, expectedRev, section.text);
    const sections = row.sections.filter((s) => s.number !== section.number);
    sections.push({ number: section.number, heading: section.heading, text: section.text });
    sections.sort((a, b) => a.number - b.number);
    const next: ReportTextRow = { ...row, sections };
    await db.reportTexts.put(next);
    return next;
  });
}

/**
 * Forgets the section's saved text, so the page shows the draft again and the draft follows the tables until
 * the next edit. Returns the draft now shown.
 */
async function resetSection(
  db: XxgkDb,
  reportId: string,
  number: number,
  who: string,
  expectedRev: number,
): Promise<ReportTextSection> {
  return runWrite(db, ['units', 'reports', 'reportTexts'], async () => {
    const draft = (await draftsOf(db, reportId)).find((d) => d.number === number);
    if (!draft) throw new RefusedError(`本报表的正文没有第 ${number} 节，未作修改。请刷新页面后重试。`);
    const stored = await db.reportTexts.get(reportId);
    if (stored?.sections.some((s) => s.number === number)) {
      const row = await versionedRow(db, reportId, draft, who, expectedRev, draft.text);
      await db.reportTexts.put({ ...row, sections: row.sections.filter((s) => s.number !== number) });
    } else {
      refuseIfStale(`正文“${draft.heading}”`, stored?.stamps?.[number], expectedRev, undefined);
    }
    return draft;
  });
}

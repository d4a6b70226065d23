/**
 * The sections a report's text page offers. The 2019 and 2021 formats get the six sections of the national
 * report, drafted from the tables; the legacy format (2014–2018) had no fixed structure, so it gets one
 * section for the whole text, pasted or typed, with its own headings inside.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { draftReport } from '@/domain/report-text/draft';
import type { ReportTextSection } from '../db';

/** Section number of the legacy format's single "whole text" section. */
export const WHOLE_TEXT_NUMBER = 0;
export const WHOLE_TEXT_HEADING = '报告全文';

/** The generated draft of every section; for the legacy format one empty whole-text section. */
export function draftSections(format: FormatDef, values: Values, unitName: string, year: number): ReportTextSection[] {
  const draft = draftReport(format, values, unitName, year);
  if (draft) return draft.map(({ number, heading, text }) => ({ number, heading, text }));
  return [{ number: WHOLE_TEXT_NUMBER, heading: WHOLE_TEXT_HEADING, text: '' }];
}

/** Whether the format's text is drafted from the tables (false for the legacy format). */
export function hasDraft(sections: readonly ReportTextSection[]): boolean {
  return !sections.some((s) => s.number === WHOLE_TEXT_NUMBER);
}

/**
 * The report as one plain text, as the checks and the clipboard read it: each heading on its own line before
 * its text. The whole-text section carries its headings inside, so its own heading is left out.
 */
export function joinSections(sections: readonly ReportTextSection[]): string {
  return sections
    .map((s) => (s.number === WHOLE_TEXT_NUMBER ? s.text : `${s.heading}\n${s.text}`))
    .join('\n');
}

/** The text shown for each section: the saved one where there is one, else the draft. */
export function mergeSaved(
  drafts: readonly ReportTextSection[],
  saved: readonly ReportTextSection[] | undefined,
): ReportTextSection[] {
  return drafts.map((d) => {
    const s = saved?.find((x) => x.number === d.number);
    return s ? { ...d, text: s.text } : d;
  });
}

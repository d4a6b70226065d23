/**
 * Everything the report text page reads, live: the report, its unit, the saved text and the operator's name,
 * with the drafts generated from the report's current figures.
 */
import { useMemo } from 'react';
import type { FormatDef, UnitKind } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import type { ReportRow, ReportTextRow, ReportTextSection, XxgkDb } from '@/storage/db';
import { useReport, useUnits } from '@/storage/live-hooks';
import { useReportText } from '@/storage/texts/text-hooks';
import { draftSections } from '@/storage/texts/text-slots';
import { useOperatorName } from '@/storage/settings-hooks';

export interface TextSession {
  db: XxgkDb;
  report: ReportRow;
  unitName: string;
  unitKind?: UnitKind;
  format: FormatDef;
  /** Every section as generated from the figures now (legacy: one empty whole-text section). */
  drafts: readonly ReportTextSection[];
  saved?: ReportTextRow;
  operator: string;
  /** The unit's contact, for the signature under the .docx. */
  contact?: { contactPerson?: string | undefined; contactPhone?: string | undefined };
}

export type TextSessionState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unknownFormat'; formatId: string }
  | { kind: 'ready'; session: TextSession };

export function useTextSession(db: XxgkDb, reportId: string): TextSessionState {
  const report = useReport(db, reportId);
  const units = useUnits(db);
  const saved = useReportText(db, reportId);
  const operator = useOperatorName(db) ?? '';
  return useMemo((): TextSessionState => {
    if (report === undefined || units === undefined || saved === undefined) return { kind: 'loading' };
    if (report === null) return { kind: 'missing' };
    const format = formatById(report.formatId);
    if (!format) return { kind: 'unknownFormat', formatId: report.formatId };
    const unit = units.find((u) => u.id === report.unitId);
    const unitName = unit?.name ?? '本单位';
    const drafts = draftSections(format, report.values, unitName, report.year);
    return {
      kind: 'ready',
      session: {
        db,
        report,
        unitName,
        ...(unit ? { unitKind: unit.kind } : {}),
        format,
        drafts,
        ...(saved ? { saved } : {}),
        operator,
        ...(unit ? { contact: unit } : {}),
      },
    };
  }, [db, report, units, saved, operator]);
}


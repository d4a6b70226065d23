/** The report's saved text, live: re-renders when this tab or another saves. `undefined` while loading. */
import { useLiveRead } from '../use-live-read';
import type { ReportTextRow, XxgkDb } from '../db';

export function useReportText(db: XxgkDb, reportId: string): ReportTextRow | null | undefined {
  return useLiveRead(async () => (await db.reportTexts.get(reportId)) ?? null, [db, reportId]);
}

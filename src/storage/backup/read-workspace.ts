/** Everything a restore preview compares against, read in one transaction so all parts agree. */
import type { ReceivedVersionRow, ReportRow, ReportTextRow, UnitRow, XxgkDb } from '../db';
import { runRead } from '../errors';

export interface WorkspaceContents {
  /** Every unit, deleted ones included (a backup can bring one back). */
  units: UnitRow[];
  reports: ReportRow[];
  reportTexts: ReportTextRow[];
  receivedVersions: ReceivedVersionRow[];
}

export function readWorkspace(db: XxgkDb): Promise<WorkspaceContents> {
  return runRead(db, () =>
    db.transaction('r', ['units', 'reports', 'reportTexts', 'receivedVersions'], async () => ({
      units: await db.units.toArray(),
      reports: await db.reports.toArray(),
      reportTexts: await db.reportTexts.toArray(),
      receivedVersions: await db.receivedVersions.toArray(),
    })),
  );
}

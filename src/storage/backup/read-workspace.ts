/** Everything a restore preview compares against, read in one transaction so units and reports agree. */
import type { ReportRow, UnitRow, XxgkDb } from '../db';
import { runRead } from '../errors';

export interface WorkspaceContents {
  /** Every unit, deleted ones included (a backup can bring one back). */
  units: UnitRow[];
  reports: ReportRow[];
}

export function readWorkspace(db: XxgkDb): Promise<WorkspaceContents> {
  return runRead(db, () =>
    db.transaction('r', ['units', 'reports'], async () => ({
      units: await db.units.toArray(),
      reports: await db.reports.toArray(),
    })),
  );
}

/**
 * The editing session's copy of a report and what its summaries need (its unit, last and next year's report),
 * kept after each edit so the next edit of the same report need not wait for reads before it writes. The
 * stored rows are still read in the same transaction, issued before the writes, and compared with the copy:
 * if anything differs (another tab, another action here), the transaction is aborted, nothing of it stays,
 * and the edit runs again the ordinary way. So the copy only saves time; it never decides what is stored.
 */
import { Dexie } from 'dexie';
import type { ReportRow, XxgkDb } from './db';
import { readWithNeighbours, type Neighbours } from './report-summary';
import { sameData } from './same-data';
import { writeBesideCheck } from './write-beside-check';

interface Remembered {
  row: ReportRow;
  around: Neighbours;
}

/**
 * The rows as they were stored after the last edit. Never written to: an edit works on shallow copies (its
 * writes replace the row's values and summary, and next year's row, rather than changing them in place).
 */
const sessions = new WeakMap<XxgkDb, Map<string, Remembered>>();

export function rememberEdited(db: XxgkDb, row: ReportRow, around: Neighbours): void {
  let session = sessions.get(db);
  if (!session) {
    session = new Map<string, Remembered>();
    sessions.set(db, session);
  }
  session.set(row.id, { row: { ...row }, around: { ...around } });
}

const sameAsStored = (copy: Remembered, stored: { stored?: ReportRow; around: Neighbours }) =>
  stored.stored !== undefined &&
  sameData(copy.row, stored.stored) &&
  sameData(copy.around.unit, stored.around.unit) &&
  sameData(copy.around.prior, stored.around.prior) &&
  sameData(copy.around.next, stored.around.next);

class StaleCopy extends Error {}

/**
 * Commits an edit from the remembered copy, or returns undefined when there is none or it turned out stale (or
 * anything else went wrong: the ordinary path then runs and reports it). `plan` decides the writes as for a
 * stored row and may throw a refusal; only a plan that writes something goes this way.
 */
export async function commitFromSession<W>(
  db: XxgkDb,
  reportId: string,
  plan: (row: ReportRow) => readonly W[],
  write: (row: ReportRow, writes: readonly W[], around: Neighbours) => Promise<void>,
): Promise<{ report: ReportRow; changed: number } | undefined> {
  const remembered = sessions.get(db)?.get(reportId);
  if (!remembered || Dexie.currentTransaction || db.upgradedElsewhere) return undefined;
  sessions.get(db)?.delete(reportId);
  const row = { ...remembered.row };
  const around = { ...remembered.around };
  let writes: readonly W[];
  try {
    writes = plan(row);
  } catch {
    return undefined; // a conflict or a refusal is decided on the stored row, the ordinary way
  }
  if (writes.length === 0) return undefined;
  try {
    await db.transaction('rw', [db.units, db.reports, db.cellHistory], () =>
      writeBesideCheck(
        readWithNeighbours(db, row.unitId, row.year),
        (stored) => {
          if (!sameAsStored(remembered, stored)) throw new StaleCopy();
        },
        () => write(row, writes, around),
      ),
    );
  } catch {
    return undefined;
  }
  rememberEdited(db, row, around);
  return { report: row, changed: writes.length };
}

/**
 * The editing session's copy of a report and what its summaries need (its unit, last and next year's report),
 * kept after each edit so the next edit of the same report need not wait for reads before it writes. The
 * stored rows are still read in the same transaction, issued before the writes, and compared with the copy:
 * if anything differs (another tab, another action here), the transaction is aborted, nothing of it stays,
 * and the edit runs again the ordinary way. So the copy only saves time; it never decides what is stored.
 */
import { Dexie } from 'dexie';
import type { ReportRow, UnitRow, XxgkDb } from './db';
import { readNeighbours, type Neighbours } from './report-summary';

/** A report and its neighbours as JSON: compared with what is stored, and parsed into a fresh copy to edit. */
const sessions = new WeakMap<XxgkDb, Map<string, string>>();

const asJson = (row: ReportRow, around: Neighbours) => JSON.stringify([row, around.unit, around.prior, around.next]);

function fromJson(json: string): { row: ReportRow; around: Neighbours } {
  const [row, unit, prior, next] = JSON.parse(json) as [ReportRow, UnitRow | null, ReportRow | null, ReportRow | null];
  return { row, around: { ...(unit ? { unit } : {}), ...(prior ? { prior } : {}), ...(next ? { next } : {}) } };
}

export function rememberEdited(db: XxgkDb, row: ReportRow, around: Neighbours): void {
  let session = sessions.get(db);
  if (!session) {
    session = new Map<string, string>();
    sessions.set(db, session);
  }
  session.set(row.id, asJson(row, around));
}

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
  const { row, around } = fromJson(remembered);
  let writes: readonly W[];
  try {
    writes = plan(row);
  } catch {
    return undefined; // a conflict or a refusal is decided on the stored row, the ordinary way
  }
  if (writes.length === 0) return undefined;
  try {
    await db.transaction('rw', [db.units, db.reports, db.cellHistory], async () => {
      // Reads first, then the writes, all issued at once: the reads see the rows as they were before.
      const stored = Promise.all([db.reports.get(reportId), readNeighbours(db, row.unitId, row.year)]);
      const written = write(row, writes, around);
      written.catch(() => undefined); // rejected only when the transaction is aborted below
      const [current, currentAround] = await stored;
      if (!current || asJson(current, currentAround) !== remembered) throw new StaleCopy();
      await written;
    });
  } catch {
    return undefined;
  }
  rememberEdited(db, row, around);
  return { report: row, changed: writes.length };
}

/**
 * Restores a parsed backup into a workspace, as one transaction: a failure anywhere changes nothing. `replace`
 * makes the workspace the backup; `merge` takes only the chosen units and reports of a (colleague's) file and
 * keeps everything else; report texts and received file versions follow the same choice (`restore-extras`).
 * Every changed cell gets a history row naming the file; summaries are recomputed by the repository code with
 * the current rules.
 */
import { LOCAL_SETTING_KEYS, type Backup } from '@/domain/backup/backup-shape';
import { ALL_TABLES, type CellHistoryRow, type XxgkDb } from '../db';
import { runWrite } from '../errors';
import { putWithSummaries } from '../report-summary';
import {
  commentFromBackup,
  historyFromBackup,
  reportFromBackup,
  restoreAuthor,
  restoreHistory,
  unitFromBackup,
} from './backup-rows';
import { putAllExtras, tablesClearedByReplace } from './restore-extras';
import { mergeBackup } from './restore-merge';
import type { RestoreChoice, RestoreOutcome } from './restore-types';

export type { RestoreChoice, RestoreOutcome } from './restore-types';

/** `fileName` names the source in the history (`恢复备份（文件名）`). */
export async function restoreBackup(
  db: XxgkDb,
  backup: Backup,
  choice: RestoreChoice,
  fileName: string,
): Promise<RestoreOutcome> {
  const who = restoreAuthor(fileName);
  // The scope must be an async function itself: Dexie keeps the transaction alive across awaits only then.
  return runWrite(db, [...ALL_TABLES], async () =>
    choice.mode === 'replace' ? await replaceWorkspace(db, backup, who) : await mergeBackup(db, backup, choice, who),
  );
}

async function replaceWorkspace(db: XxgkDb, backup: Backup, who: string): Promise<RestoreOutcome> {
  const now = Date.now();
  const before = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
  const local = (await db.settings.toArray()).filter((s) => LOCAL_SETTING_KEYS.includes(s.key));
  // A file written before texts and received versions existed does not carry them: those are kept, not wiped.
  for (const table of tablesClearedByReplace(backup)) await db.table(table).clear();
  await db.units.bulkAdd(backup.units.map(unitFromBackup));
  const rows = backup.reports.map((r) => reportFromBackup(r, r, before.get(r.id), now));
  await db.cellHistory.bulkAdd((backup.cellHistory ?? []).map((h) => historyFromBackup(h, h.reportId, true)));
  await db.comments.bulkAdd(backup.comments.map((c) => commentFromBackup(c, c.reportId, true)));
  await db.settings.bulkPut([...(backup.settings ?? []), ...local]);
  const extras = await putAllExtras(db, backup);
  const restored: CellHistoryRow[] = rows.flatMap((row) => restoreHistory(before.get(row.id), row, who, now));
  await db.cellHistory.bulkAdd(restored);
  await putWithSummaries(db, rows, now);
  return { units: backup.units.length, reports: rows.length, changedCells: restored.length, ...extras };
}

/** Per-browser settings: who is typing (stored with every edit), when the last backup was made. */
import type { XxgkDb } from './db';
import { nextStamp, refuseIfStale, revOf } from './edit-stamp';
import { RefusedError, runRead, runWrite } from './errors';

const OPERATOR = 'operatorName';
const LAST_BACKUP = 'lastBackupAt';

export function settingsRepo(db: XxgkDb) {
  const read = async (key: string): Promise<unknown> => (await db.settings.get(key))?.value;
  const write = (key: string, value: unknown) => runWrite(db, ['settings'], () => db.settings.put({ key, value }));
  return {
    /** The operator's name, or undefined until it has been asked once. */
    operatorName: () =>
      runRead(db, async () => {
        const v = await read(OPERATOR);
        return typeof v === 'string' ? v : undefined;
      }),
    setOperatorName: async (name: string) => {
      const trimmed = name.trim();
      if (trimmed === '') throw new RefusedError('请填写您的姓名，它会记录在每一次修改中。');
      await write(OPERATOR, trimmed);
    },
    /** Milliseconds since 1970 of the last backup export, or undefined when none was made. */
    lastBackupAt: () =>
      runRead(db, async () => {
        const v = await read(LAST_BACKUP);
        return typeof v === 'number' ? v : undefined;
      }),
    setLastBackupAt: (at: number) => write(LAST_BACKUP, at).then(() => undefined),
    get: (key: string) => runRead(db, () => read(key)),
    /** A setting edited on a page, with its version (0 before the first versioned write). */
    getVersioned: (key: string) =>
      runRead(db, async () => {
        const row = await db.settings.get(key);
        return { value: row?.value, rev: revOf(row?.stamp) };
      }),
    /**
     * Writes a setting edited on a page against the version it was read at (`what` names it in the refusal);
     * refused with a `StaleWriteError` when another window wrote it since. Signed with the operator's name.
     */
    setAt: (key: string, value: unknown, expectedRev: number, what: string) =>
      runWrite(db, ['settings'], async () => {
        const row = await db.settings.get(key);
        refuseIfStale(what, row?.stamp, expectedRev, row?.value);
        const who = await read(OPERATOR);
        await db.settings.put({ key, value, stamp: nextStamp(row?.stamp, typeof who === 'string' ? who : '') });
      }),
    set: (key: string, value: unknown) => write(key, value).then(() => undefined),
  };
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;

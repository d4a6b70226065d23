/** Per-browser settings: who is typing (stored with every edit), when the last backup was made. */
import type { XxgkDb } from './db';
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
    set: (key: string, value: unknown) => write(key, value).then(() => undefined),
  };
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;

/**
 * Old backup shapes brought up to the current one, one version step at a time: a new version adds
 * `n: (v(n-1)) => vn` here (rename keys, move fields) and bumps `BACKUP_VERSION`. Steps work on the raw parsed
 * JSON, before validation, which then fills defaults.
 */
import { BACKUP_VERSION } from './backup-shape';

export type RawDocument = Record<string, unknown>;

/** `BACKUP_MIGRATIONS[n]` turns a document of version n − 1 into version n. */
export const BACKUP_MIGRATIONS: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = {
  // Version 2 only adds a kind of history row (an import's cells in one); every version 1 file already fits.
  2: (doc) => doc,
};

/** Applies every step from the document's version up to `target`; a missing step is a programming error. */
export function migrateBackup(doc: RawDocument, from: number, target: number = BACKUP_VERSION): RawDocument {
  let current = doc;
  for (let version = from + 1; version <= target; version += 1) {
    const step = BACKUP_MIGRATIONS[version];
    if (!step) throw new Error(`缺少备份文件从版本 ${version - 1} 到 ${version} 的转换。`);
    current = { ...step(current), version };
  }
  return current;
}

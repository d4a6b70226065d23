/**
 * What can go wrong when saving, as errors the UI can show as they are (every message is Chinese and says
 * what to do), and the one wrapper every write goes through: one transaction per user action, mapped errors,
 * and one retry after reopening the connection.
 */
import { Dexie } from 'dexie';
import type { FieldKey } from '@/domain/format/types';
import type { ALL_TABLES, XxgkDb } from './db';
import { StaleWriteError } from './edit-stamp';
import { NewerVersionError } from './newer-version';

export { NEWER_VERSION_MESSAGE, NewerVersionError } from './newer-version';
export { StaleWriteError } from './edit-stamp';

export const STORAGE_FULL_MESSAGE =
  '浏览器存储空间已满，本次修改未保存。请导出备份后清理浏览器中其他网站的数据，或换用空间更大的电脑。';

/** The browser refused to store more: nothing of this action was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(override readonly cause?: unknown) {
    super(STORAGE_FULL_MESSAGE);
  }
}

/** An unexpected failure of the database that one retry did not cure: nothing of this action was written. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** The action is not allowed as asked (a completed report, an unknown cell, a duplicate name …). */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
}

export interface ConflictCell {
  field: FieldKey;
  /** What the editor saw before editing. */
  expected: number | null;
  /** What is stored now (written by another tab or window). */
  current: number | null;
  /** What this edit wanted to write. */
  attempted: number | null;
}

/** Another tab changed cells this edit was based on; nothing of the batch was written. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly reportId: string,
    readonly cells: readonly ConflictCell[],
  ) {
    super(`有 ${cells.length} 个单元格已在其他窗口被修改，本次修改未保存。` + '表格已显示最新数值，请核对后重新填写。');
  }
}

const UPGRADED_ELSEWHERE_MESSAGE =
  '本程序的数据库已在其他窗口更新（或被重置），本页面不能再保存。请刷新本页面后重新填写这次的修改。';

const QUOTA = 'QuotaExceededError';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  code?: unknown;
}

/** True for a quota error, also when Dexie delivers it as an AbortError carrying it in `inner`. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth += 1) {
    const { name, inner, code } = e as ErrorLike;
    // Old WebKit reports the DOMException legacy code 22 instead of the name.
    if (name === QUOTA || code === 22) return true;
    e = inner;
  }
  return false;
}

function isOurError(error: unknown): boolean {
  return (
    error instanceof RefusedError ||
    error instanceof ConflictError ||
    error instanceof StaleWriteError ||
    error instanceof NewerVersionError ||
    error instanceof StorageFullError ||
    error instanceof StorageError
  );
}

function isUpgradedElsewhere(error: unknown): boolean {
  const name = (error as ErrorLike | null)?.name;
  return name === 'VersionError' || (error as ErrorLike | null)?.inner === 'VersionError';
}

/** Maps any thrown value to what the UI shows; our own errors pass unchanged. */
export function toStorageError(error: unknown): Error {
  if (isOurError(error)) return error as Error;
  if (isQuotaError(error)) return new StorageFullError(error);
  if (isUpgradedElsewhere(error)) return new StorageError(UPGRADED_ELSEWHERE_MESSAGE, error);
  return new StorageError(
    '保存到浏览器数据库时出错，本次修改未保存。请刷新页面后重试；如仍失败，请先导出备份再联系管理员。',
    error,
  );
}

type TableName = (typeof ALL_TABLES)[number];

/**
 * Runs one user action as one read-write transaction: it resolves only after the commit, and on failure
 * nothing is written. An unexpected failure (a connection closed under us, a transient abort) is retried
 * once after closing and reopening the database; refusals, conflicts and a full disk are not retried.
 * Inside an enclosing transaction the action simply joins it (the outer one owns retry and mapping).
 */
export async function runWrite<T>(db: XxgkDb, tables: readonly TableName[], action: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction?.db === db) return action();
  refuseIfOutdated(db);
  try {
    return await db.transaction('rw', tables as TableName[], action);
  } catch (first) {
    if (isOurError(first) || isQuotaError(first) || isUpgradedElsewhere(first)) throw toStorageError(first);
    try {
      await reopen(db);
      return await db.transaction('rw', tables as TableName[], action);
    } catch (second) {
      throw toStorageError(second);
    }
  }
}

/** Reads do not change anything, so a failed read is retried the same way and mapped. */
export async function runRead<T>(db: XxgkDb, read: () => Promise<T>): Promise<T> {
  refuseIfOutdated(db);
  try {
    return await read();
  } catch (first) {
    if (isOurError(first) || isUpgradedElsewhere(first)) throw toStorageError(first);
    try {
      await reopen(db);
      return await read();
    } catch (second) {
      throw toStorageError(second);
    }
  }
}

function refuseIfOutdated(db: XxgkDb): void {
  if (db.savedByNewerVersion) throw new NewerVersionError();
  if (db.upgradedElsewhere) throw new StorageError(UPGRADED_ELSEWHERE_MESSAGE);
}

async function reopen(db: XxgkDb): Promise<void> {
  refuseIfOutdated(db);
  db.close();
  await db.open();
}

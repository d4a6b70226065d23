/**
 * The refusal of a page older than its data (apart from `errors.ts`, which imports the database's types, so the
 * database can raise it without an import circle).
 */
export const NEWER_VERSION_MESSAGE =
  '浏览器中的数据已由更新版本的本工具保存，这个页面是旧版本，不能读取或修改这些数据（数据没有任何改动）。' +
  '请刷新页面以使用新版本。';

/** The database was upgraded by a newer release of the app (a newer tab); this old page must not touch it. */
export class NewerVersionError extends Error {
  override readonly name = 'NewerVersionError';
  constructor(override readonly cause?: unknown) {
    super(NEWER_VERSION_MESSAGE);
  }
}

/**
 * When to remind the clerk to back up. Browsers may clear a site's data (storage pressure, “清除浏览数据”,
 * Safari after weeks without a visit), so a workspace with data and no recent backup gets a reminder.
 */
export const REMIND_AFTER_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** The reminder text, or null when none is due. `lastBackupAt` and `now` are milliseconds since 1970. */
export function backupReminder(lastBackupAt: number | undefined, now: number, hasData = true): string | null {
  if (!hasData) return null;
  if (lastBackupAt === undefined) return '本机的数据还从未备份过，建议现在备份（浏览器数据可能被清理）。';
  const days = Math.floor((now - lastBackupAt) / DAY);
  if (days < REMIND_AFTER_DAYS) return null;
  return `上次备份是 ${days} 天前，建议现在备份（浏览器数据可能被清理）。`;
}

import { backupFileName } from '@/domain/backup/backup-file-name';
import { backupReminder } from '@/domain/backup/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 0, 26, 8, 0);

describe('backupReminder', () => {
  it('reminds when there is data and no backup yet, not when there is nothing to lose', () => {
    expect(backupReminder(undefined, NOW, true)).toMatch(/从未备份过.*建议现在备份（浏览器数据可能被清理）/);
    expect(backupReminder(undefined, NOW, false)).toBeNull();
  });

  it('reminds from the 7th day after the last backup, saying how many days ago', () => {
    expect(backupReminder(NOW - 6 * DAY - 1, NOW)).toBeNull();
    expect(backupReminder(NOW - 7 * DAY, NOW)).toBe('上次备份是 7 天前，建议现在备份（浏览器数据可能被清理）。');
    expect(backupReminder(NOW - 30 * DAY, NOW)).toMatch(/^上次备份是 30 天前/);
    // A clock set back makes the backup look "in the future": no nagging.
    expect(backupReminder(NOW + DAY, NOW)).toBeNull();
  });
});

describe('backupFileName', () => {
  it('stamps the local date and time, and marks the demo workspace', () => {
    const at = new Date(2026, 0, 5, 9, 7);
    expect(backupFileName(at)).toBe('政府信息公开年报_备份_20260105-0907.json');
    expect(backupFileName(at, 'demo')).toBe('政府信息公开年报_备份_演示数据_20260105-0907.json');
  });
});

/** Live backup status for the reminder banner: re-renders when a backup is made or data arrives. */
import { useLiveRead } from '../use-live-read';
import type { XxgkDb } from '../db';

export interface BackupStatus {
  lastBackupAt: number | undefined;
  hasData: boolean;
}

export function useBackupStatus(db: XxgkDb): BackupStatus | undefined {
  return useLiveRead(async () => {
    const [setting, units, reports] = await Promise.all([
      db.settings.get('lastBackupAt'),
      db.units.count(),
      db.reports.count(),
    ]);
    const at = setting?.value;
    return { lastBackupAt: typeof at === 'number' ? at : undefined, hasData: units + reports > 0 };
  }, [db]);
}

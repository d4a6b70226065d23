/** A banner the shell can show on every page when a backup is due (never backed up, or 7 days or more ago). */
import { useState } from 'react';
import { backupReminder } from '@/domain/backup/backup-reminder';
import { useBackupStatus } from '@/storage/backup/backup-hooks';
import type { XxgkDb } from '@/storage/db';
import { BackupNowButton } from './backup-now';
import './backup.css';

interface Props {
  db: XxgkDb;
  /** Link to the backup page, when the shell has one. */
  backupHref?: string;
}

export function BackupReminder({ db, backupHref }: Props) {
  const status = useBackupStatus(db);
  const [dismissed, setDismissed] = useState(false);
  // The time the page was opened: a reminder appearing mid-session would only distract.
  const [openedAt] = useState(() => Date.now());
  if (!status || dismissed) return null;
  const text = backupReminder(status.lastBackupAt, openedAt, status.hasData);
  if (text === null) return null;
  return (
    <div className="bk-reminder" role="status">
      <span>{text}</span>
      <BackupNowButton db={db} label="立即备份" />
      {backupHref && <a href={backupHref}>备份与恢复</a>}
      <button type="button" className="bk-link" onClick={() => setDismissed(true)}>
        稍后提醒
      </button>
    </div>
  );
}

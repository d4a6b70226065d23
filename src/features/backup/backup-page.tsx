/**
 * The backup page: “备份全部数据” downloads the whole workspace as one JSON file; “从备份恢复” reads such a file,
 * shows what would change and restores it (merge chosen parts, or replace everything) after confirmation.
 */
import type { XxgkDb } from '@/storage/db';
import { useBackupStatus } from '@/storage/backup/backup-hooks';
import { BackupNowButton } from './backup-now';
import { RestoreSection } from './restore-section';
import './backup.css';

export function BackupPage({ db }: { db: XxgkDb }) {
  const status = useBackupStatus(db);
  const last =
    status?.lastBackupAt === undefined
      ? '本机还没有做过备份。'
      : `上次备份：${new Date(status.lastBackupAt).toLocaleString('zh-CN', { hour12: false })}。`;
  return (
    <div className="bk-page">
      <h2>备份与恢复</h2>
      <section className="bk-section">
        <h3>备份全部数据</h3>
        <p className="bk-hint">
          数据只保存在本浏览器中，清理浏览器数据或重装系统会丢失。请定期备份，并把备份文件保存到单位的电脑或U盘上。
          {status && ` ${last}`}
        </p>
        <BackupNowButton db={db} />
      </section>
      <RestoreSection db={db} />
    </div>
  );
}

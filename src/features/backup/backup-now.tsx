/** “备份全部数据”: writes the whole workspace to a JSON file the clerk keeps. */
import { useState } from 'react';
import { createBackup } from '@/storage/backup/create-backup';
import type { XxgkDb } from '@/storage/db';
import { saveJson } from '@/widgets/shared/save-file';

export function useBackupNow(db: XxgkDb) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const backupNow = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const made = await createBackup(db);
      saveJson(made.fileName, made.text);
      setMessage({
        ok: true,
        text: `已生成备份文件“${made.fileName}”（${made.units} 个单位、${made.reports} 份报表），请在浏览器的下载中查看并妥善保存。`,
      });
    } catch (error) {
      const text = error instanceof Error ? error.message : '';
      setMessage({ ok: false, text: `备份失败，数据没有改动。${text}` });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, backupNow };
}

export function BackupNowButton({ db, label = '备份全部数据' }: { db: XxgkDb; label?: string }) {
  const { busy, message, backupNow } = useBackupNow(db);
  return (
    <span className="bk-now">
      <button type="button" className="bk-primary" disabled={busy} onClick={() => void backupNow()}>
        {busy ? '正在备份…' : label}
      </button>
      {message && (
        <span className={message.ok ? 'bk-ok' : 'bk-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </span>
      )}
    </span>
  );
}

/**
 * The steps of a restore: choose a file → read and check it → preview → choose merge or replace → confirm →
 * result. Nothing is stored before the clerk confirms; a failure leaves the workspace as it was and the
 * preview on screen, so the clerk can try again.
 */
import { useCallback, useState } from 'react';
import type { Backup } from '@/domain/backup/backup-shape';
import type { DroppedField, RefusedValue } from '@/domain/backup/parse-backup';
import { readBackupInBackground, type BackupProgress } from '@/io/backup/backup-client';
import { previewRestore, type RestorePreview } from '@/domain/backup/preview-restore';
import { readWorkspace } from '@/storage/backup/read-workspace';
import { restoreBackup, type RestoreChoice } from '@/storage/backup/restore-backup';
import type { XxgkDb } from '@/storage/db';
import { holdUnsavedWork } from '@/state/unsaved-work';
import { initialSelection, type Selection } from './restore-selection';

/** A backup of a few thousand reports with full history stays far below this; larger is not our file. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface LoadedBackup {
  fileName: string;
  backup: Backup;
  dropped: DroppedField[];
  /** Values their cells refuse: listed, left blank, everything else restorable. */
  refused: RefusedValue[];
  notices: string[];
  preview: RestorePreview;
}

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress?: BackupProgress }
  | { step: 'refused'; fileName: string; reasons: string[] }
  | { step: 'ready'; loaded: LoadedBackup; error?: string }
  | { step: 'restoring'; loaded: LoadedBackup }
  | { step: 'done'; message: string };

export function useRestoreFlow(db: XxgkDb) {
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const [selection, setSelection] = useState<Selection>({ units: new Set(), reports: new Set() });

  const open = useCallback(
    async (file: File) => {
      const fileName = file.name;
      if (file.size > MAX_BACKUP_BYTES) {
        setState({
          step: 'refused',
          fileName,
          reasons: ['文件过大（超过 200 MB），不是本工具的备份文件。请选择正确的备份文件。'],
        });
        return;
      }
      setState({ step: 'reading', fileName });
      try {
        const parsed = await readBackupInBackground(file, (progress) =>
          setState({ step: 'reading', fileName, progress }),
        );
        if (!parsed.ok) {
          setState({ step: 'refused', fileName, reasons: parsed.reasons });
          return;
        }
        const preview = previewRestore(await readWorkspace(db), parsed.backup);
        setSelection(initialSelection(preview));
        const { backup, dropped, refused, notices } = parsed;
        setState({ step: 'ready', loaded: { fileName, backup, dropped, refused, notices, preview } });
      } catch (error) {
        setState({ step: 'refused', fileName, reasons: [messageOf(error, '读取文件时出错，请重新选择文件。')] });
      }
    },
    [db],
  );

  const restore = useCallback(
    async (loaded: LoadedBackup, choice: RestoreChoice) => {
      setState({ step: 'restoring', loaded });
      // Held before the write starts: closing mid-restore loses nothing (one transaction), but the clerk would
      // not know whether it landed.
      const release = holdUnsavedWork('正在恢复备份');
      try {
        const outcome = await restoreBackup(db, loaded.backup, choice, loaded.fileName);
        const verb = choice.mode === 'replace' ? '已用备份文件替换全部数据' : '已导入所选内容';
        setState({
          step: 'done',
          message:
            `${verb}：${outcome.units} 个单位、${outcome.reports} 份报表，` +
            `${outcome.changedCells} 个单元格的数值有变化（修改记录中记为“恢复备份（${loaded.fileName}）”）` +
            `；写入报告正文 ${outcome.texts} 份、收到的文件版本 ${outcome.receivedVersions} 个。`,
        });
      } catch (error) {
        setState({ step: 'ready', loaded, error: messageOf(error, '恢复失败，当前数据没有任何改动。请重试。') });
      } finally {
        release();
      }
    },
    [db],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, selection, setSelection, open, restore, reset };
}

function messageOf(error: unknown, fallback: string): string {
  // Storage errors carry Chinese messages meant for the clerk; anything else is unexpected.
  return error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : fallback;
}

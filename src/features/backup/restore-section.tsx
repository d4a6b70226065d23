/** “从备份恢复”: pick a file, see what would change, choose merge or replace, confirm. */
import { useState, type ChangeEvent } from 'react';
import { dbNameFor, type XxgkDb } from '@/storage/db';
import { BackupNowButton } from './backup-now';
import { replaceExtrasNote } from './extras-summary';
import { RestorePreviewView } from './restore-preview';
import { useRestoreFlow, type LoadedBackup } from './use-restore-flow';
import type { BackupProgress } from '@/io/backup/backup-client';
import type { Selection } from './restore-selection';

type Mode = 'merge' | 'replace';

const MAX_REFUSED_LISTED = 50;

export function RestoreSection({ db }: { db: XxgkDb }) {
  const flow = useRestoreFlow(db);
  const { state } = flow;
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire again
    if (file) void flow.open(file);
  };
  return (
    <section className="bk-section">
      <h3>从备份恢复</h3>
      <p className="bk-hint">选择备份文件后会先显示与当前数据的差异，确认之前不会改动任何数据。</p>
      <label className="bk-file">
        <span className="bk-primary">选择备份文件…</span>
        <input type="file" accept=".json,application/json" onChange={onFile} aria-label="选择备份文件" />
      </label>
      {state.step === 'reading' && (
        <p role="status">
          正在读取“{state.fileName}”{state.progress ? `：${progressText(state.progress)}` : '…'}
        </p>
      )}
      {state.step === 'refused' && (
        <div className="bk-error" role="alert">
          <p>无法恢复“{state.fileName}”：</p>
          <ul>
            {state.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {(state.step === 'ready' || state.step === 'restoring') && (
        <LoadedView
          db={db}
          loaded={state.loaded}
          error={state.step === 'ready' ? state.error : undefined}
          busy={state.step === 'restoring'}
          selection={flow.selection}
          onSelect={flow.setSelection}
          onRestore={(mode) =>
            void flow.restore(
              state.loaded,
              mode === 'replace'
                ? { mode: 'replace' }
                : { mode: 'merge', take: flow.selection.reports, takeUnits: flow.selection.units },
            )
          }
          onCancel={flow.reset}
        />
      )}
      {state.step === 'done' && (
        <div className="bk-ok" role="status">
          <p>{state.message}</p>
          <button type="button" onClick={flow.reset}>
            完成
          </button>
        </div>
      )}
    </section>
  );
}

interface LoadedProps {
  db: XxgkDb;
  loaded: LoadedBackup;
  error: string | undefined;
  busy: boolean;
  selection: Selection;
  onSelect: (next: Selection) => void;
  onRestore: (mode: Mode) => void;
  onCancel: () => void;
}

function LoadedView({ db, loaded, error, busy, selection, onSelect, onRestore, onCancel }: LoadedProps) {
  const [mode, setMode] = useState<Mode>('merge');
  const [confirming, setConfirming] = useState(false);
  const { backup, preview } = loaded;
  const made = new Date(backup.createdAt).toLocaleString('zh-CN', { hour12: false });
  const hereIsDemo = db.name === dbNameFor('demo');
  const picked = selection.units.size + selection.reports.size;
  return (
    <div className="bk-loaded">
      <p>
        备份文件“{loaded.fileName}”：{made} 生成，{backup.units.length} 个单位、{backup.reports.length} 份报表。
      </p>
      {(backup.workspace === 'demo') !== hereIsDemo && (
        <p className="bk-warn">
          {backup.workspace === 'demo'
            ? '注意：这是演示数据的备份，不是正式数据。'
            : '注意：这是正式数据的备份，当前是演示数据。'}
        </p>
      )}
      {loaded.dropped.length > 0 && (
        <div className="bk-warn">
          <p>以下 {loaded.dropped.length} 个数值在本工具的表格中没有对应的单元格，不会恢复：</p>
          <ul>
            {loaded.dropped.slice(0, 20).map((d) => (
              <li key={`${d.reportId}-${d.field}`}>
                {d.report}：{d.field} = {String(d.value)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {loaded.refused.length > 0 && (
        <div className="bk-warn bk-refused" role="alert">
          <p>
            以下 {loaded.refused.length} 个数值不符合所在单元格的要求（如件数为负数、小数或过大），不会恢复，
            恢复后这些单元格为空白；其余内容仍可恢复：
          </p>
          <ul>
            {loaded.refused.slice(0, MAX_REFUSED_LISTED).map((r) => (
              <li key={`${r.reportId}-${r.field}`}>
                {r.report}“{r.cell}”：{r.reason}
              </li>
            ))}
            {loaded.refused.length > MAX_REFUSED_LISTED && (
              <li>……另有 {loaded.refused.length - MAX_REFUSED_LISTED} 个未列出。</li>
            )}
          </ul>
        </div>
      )}
      {loaded.notices.map((n) => (
        <p key={n} className="bk-warn">
          {n}
        </p>
      ))}
      <fieldset className="bk-mode">
        <legend>恢复方式</legend>
        <label>
          <input type="radio" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          合并（只导入勾选的单位和年度）
        </label>
        <label>
          <input type="radio" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          全部替换（当前数据将被备份文件取代）
        </label>
      </fieldset>
      <RestorePreviewView preview={preview} selection={selection} onSelect={onSelect} choosing={mode === 'merge'} />
      {error && (
        <p className="bk-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'merge' ? (
        <p className="bk-actions">
          <button
            type="button"
            className="bk-primary"
            disabled={busy || picked === 0}
            onClick={() => onRestore('merge')}
          >
            {busy ? '正在导入…' : `导入勾选的 ${selection.units.size} 个单位和 ${selection.reports.size} 份报表`}
          </button>
          <button type="button" disabled={busy} onClick={onCancel}>
            取消
          </button>
        </p>
      ) : confirming ? (
        <div className="bk-confirm" role="alertdialog" aria-label="确认全部替换">
          <p>
            确定用备份文件取代当前全部数据吗？当前的 {preview.counts.reports.onlyInCurrent} 份仅在本机的报表和{' '}
            {preview.unitsOnlyInCurrent.length} 个仅在本机的单位将被删除，其余报表改为备份中的数值。
            {replaceExtrasNote(preview)}建议先备份当前数据。
          </p>
          <p className="bk-actions">
            <BackupNowButton db={db} label="先备份当前数据" />
          </p>
          <p className="bk-actions">
            <button type="button" className="bk-danger" disabled={busy} onClick={() => onRestore('replace')}>
              {busy ? '正在替换…' : '确定全部替换'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              取消
            </button>
          </p>
        </div>
      ) : (
        <p className="bk-actions">
          <button type="button" className="bk-danger" onClick={() => setConfirming(true)}>
            全部替换…
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </p>
      )}
    </div>
  );
}

/** The reading line of a large backup: how far the file was read, checked and handed over. */
function progressText(p: BackupProgress): string {
  const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 0);
  if (p.phase === 'reading') return `读取文件 ${percent(p.done, p.total)}%`;
  if (p.phase === 'checking') return '正在检查内容…';
  return `正在载入 ${percent(p.done, p.total)}%`;
}

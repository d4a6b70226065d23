/** The report's identity and state: unit, year, format, status, counts, and the status and undo buttons. */
import type { CompletionCheck } from '@/domain/rules/completion';
import type { Problem } from '@/domain/rules/problem';
import type { EditBatch } from '@/state/undo-store';

interface Props {
  unitName: string;
  year: number;
  formatName: string;
  status: string;
  problems: readonly Problem[];
  completion: CompletionCheck;
  busy: boolean;
  nextUndo?: EditBatch;
  nextRedo?: EditBatch;
  onUndo: () => void;
  onRedo: () => void;
  onComplete: () => void;
  onReopen: () => void;
  /** The printable page of this report (`#/print/<id>`). */
  printHref?: string;
  /** The report's annual report text (`#/text/<id>`). */
  textHref?: string;
}

export function ReportHeader(p: Props) {
  const errors = p.problems.filter((x) => x.severity === 'error').length;
  const warnings = p.problems.length - errors;
  const done = p.status === '已完成';
  return (
    <header className="re-header">
      <div className="re-title">
        <h2>
          {p.unitName} <span className="re-year">{p.year} 年度</span>
        </h2>
        <p className="re-meta">
          <span>格式：{p.formatName}</span>
          <span className={`re-status-badge ${done ? 're-done' : 're-draft'}`}>{p.status}</span>
          <span className="re-count re-count-error">错误 {errors}</span>
          <span className="re-count re-count-warning">警告 {warnings}</span>
          {p.completion.blankInputs > 0 && <span className="re-count">未填 {p.completion.blankInputs} 格</span>}
        </p>
      </div>
      <div className="re-actions">
        {p.printHref && <a href={p.printHref}>打印</a>}
        {p.textHref && <a href={p.textHref}>年度报告正文</a>}
        <button
          type="button"
          onClick={p.onUndo}
          disabled={!p.nextUndo || done}
          title={p.nextUndo ? `撤销：${p.nextUndo.label}（Ctrl+Z）` : '没有可撤销的操作'}
        >
          撤销
        </button>
        <button
          type="button"
          onClick={p.onRedo}
          disabled={!p.nextRedo || done}
          title={p.nextRedo ? `恢复：${p.nextRedo.label}（Ctrl+Y）` : '没有可恢复的操作'}
        >
          恢复
        </button>
        {done ? (
          <button type="button" onClick={p.onReopen} disabled={p.busy}>
            重新打开
          </button>
        ) : (
          <button
            type="button"
            className="re-primary"
            onClick={p.onComplete}
            disabled={p.busy}
            title={p.completion.canComplete ? '' : p.completion.reasons.join('；')}
          >
            标记为已完成
          </button>
        )}
      </div>
    </header>
  );
}

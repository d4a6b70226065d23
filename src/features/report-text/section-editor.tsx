/** One section of the report: its heading, an editable text, 保存 and 按表格重新生成本节 (asking first if edited). */
import { useId, useState } from 'react';
import type { ReportTextSection } from '@/storage/db';
import { StaleNotice, type Stale } from '@/widgets/shared/stale-notice';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string }
  | ({ kind: 'conflict' } & Stale);

interface Props {
  section: ReportTextSection;
  /** The text generated from the tables now; undefined for the legacy whole text (nothing to generate). */
  draft?: string;
  /** Whether a saved text exists for this section (otherwise the draft is shown and follows the tables). */
  hasSaved: boolean;
  /** Typed here but not yet saved. */
  dirty: boolean;
  /** Another window saved this section after this edit began. */
  newerElsewhere: boolean;
  state: SaveState;
  placeholder?: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  onSave: () => void;
  /** 用对方的版本: drop this window's edit. */
  onTakeTheirs: () => void;
  onRegenerate: () => void;
}

export function SectionEditor(p: Props) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const edited = p.draft !== undefined && p.section.text !== p.draft;
  const regenerate = () => {
    if (edited) setConfirming(true);
    else p.onRegenerate();
  };
  return (
    <section className="rt-section" aria-labelledby={`${id}-h`}>
      <div className="rt-section-head">
        <h3 id={`${id}-h`}>{p.section.heading}</h3>
        <span className="rt-section-state" role="status">
          {stateText(p)}
        </span>
      </div>
      <textarea
        id={`${id}-t`}
        aria-labelledby={`${id}-h`}
        className="rt-textarea"
        value={p.section.text}
        rows={rowsFor(p.section.text, p.draft === undefined)}
        placeholder={p.placeholder}
        spellCheck={false}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
      />
      {p.state.kind === 'conflict' && (
        <StaleNotice stale={p.state} onTakeTheirs={p.onTakeTheirs} onKeepMine={p.onSave} />
      )}
      {p.state.kind === 'error' && (
        <p className="rt-error" role="alert">
          {p.state.message}
        </p>
      )}
      <div className="rt-section-actions">
        <button type="button" onClick={p.onSave} disabled={p.state.kind === 'saving'}>
          保存
        </button>
        {p.draft !== undefined && (
          <button type="button" onClick={regenerate} disabled={p.state.kind === 'saving' || !edited}>
            按表格重新生成本节
          </button>
        )}
      </div>
      {confirming && (
        <div className="rt-confirm" role="alertdialog" aria-label="确认重新生成">
          <p>
            本节已修改。按表格重新生成会用表格数据生成的文字替换本节现有文字，您写的内容将不再保留。确定重新生成吗？
          </p>
          <button
            type="button"
            className="rt-danger"
            onClick={() => {
              setConfirming(false);
              p.onRegenerate();
            }}
          >
            确定重新生成
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </div>
      )}
    </section>
  );
}

function stateText(p: Props): string {
  if (p.state.kind === 'saving') return '正在保存…';
  if (p.state.kind === 'conflict') return '未保存：另一个窗口已修改本节';
  if (p.dirty && p.newerElsewhere) return '有未保存的修改；另一个窗口已保存了本节的新内容';
  if (p.dirty) return '有未保存的修改（离开输入框时自动保存）';
  if (p.state.kind === 'saved') return `已保存 ${new Date(p.state.at).toLocaleTimeString('zh-CN', { hour12: false })}`;
  if (p.hasSaved) return '已保存';
  return p.draft === undefined ? '尚未填写' : '按表格自动生成，尚未修改';
}

function rowsFor(text: string, whole: boolean): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.min(whole ? 30 : 16, Math.max(whole ? 16 : 4, lines + 1));
}

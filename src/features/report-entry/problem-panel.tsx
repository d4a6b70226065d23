/**
 * The problems of the report, errors first. Clicking one goes to its first cell; a warning or an explainable
 * error (X1) takes a 填写说明 that is saved with the report and stops it from blocking 已完成.
 */
import { useState } from 'react';
import type { Problem } from '@/domain/rules/problem';
import { activeEdit, isTyped, savedEdit, typed, type OpenEdit } from '@/widgets/shared/open-edit';
import { StaleNotice, staleOf, type Stale } from '@/widgets/shared/stale-notice';
import { useUnsavedWork } from '@/state/unsaved-work';

interface Props {
  problems: readonly Problem[];
  explanations: Readonly<Record<string, string>>;
  /** The stored version of each problem's note. */
  explanationRev: (problemKey: string) => number;
  readOnly: boolean;
  onGoTo: (problem: Problem) => void;
  /**
   * Saves the note written against `expectedRev` and resolves with the version stored; rejects with a message
   * the clerk can read (a `StaleWriteError` when another window saved the note first).
   */
  onExplain: (problem: Problem, text: string, expectedRev: number) => Promise<number>;
}

export function ProblemPanel({ problems, explanations, explanationRev, readOnly, onGoTo, onExplain }: Props) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <aside className="re-problems" aria-label="检查结果">
      <h3>
        检查结果 <span className="re-count re-count-error">错误 {errors.length}</span>{' '}
        <span className="re-count re-count-warning">警告 {warnings.length}</span>
      </h3>
      {problems.length === 0 && <p className="re-ok">未发现问题。</p>}
      <ol className="re-problem-list">
        {[...errors, ...warnings].map((p) => (
          <ProblemItem
            key={p.key}
            problem={p}
            explanation={explanations[p.key] ?? ''}
            rev={explanationRev(p.key)}
            readOnly={readOnly}
            onGoTo={onGoTo}
            onExplain={onExplain}
          />
        ))}
      </ol>
    </aside>
  );
}

interface ItemProps {
  problem: Problem;
  explanation: string;
  rev: number;
  readOnly: boolean;
  onGoTo: Props['onGoTo'];
  onExplain: Props['onExplain'];
}

function ProblemItem({ problem, explanation, rev, readOnly, onGoTo, onExplain }: ItemProps) {
  const [edit, setEdit] = useState<OpenEdit | undefined>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string } | { stale: Stale }>('idle');
  const open = activeEdit(edit, rev);
  const text = open ? open.text : explanation;
  const dirty = isTyped(open);
  useUnsavedWork(dirty, '填写说明未保存');
  const explained = problem.explainable && explanation.trim() !== '';
  const save = async (expectedRev: number) => {
    if (!open || !dirty) return;
    setState('saving');
    try {
      setEdit(savedEdit(open.text, await onExplain(problem, open.text, expectedRev)));
      setState('saved');
    } catch (error) {
      const stale = staleOf(error);
      setState(stale ? { stale } : { error: error instanceof Error ? error.message : '说明未保存，请重试。' });
    }
  };
  const stale = typeof state === 'object' && 'stale' in state ? state.stale : undefined;
  return (
    <li className={`re-problem re-${problem.severity}${explained ? ' re-explained' : ''}`}>
      <button type="button" className="re-problem-go" onClick={() => onGoTo(problem)} title="定位到单元格">
        <span className="re-rule">
          {problem.severity === 'error' ? '错误' : '警告'} {problem.ruleId}
        </span>
        {explained && <span className="re-badge">已说明</span>}
        <span className="re-message">{problem.message}</span>
      </button>
      {problem.explainable && (
        <label className="re-explain">
          <span>填写说明{problem.severity === 'error' ? '（如上年数据有误）' : ''}</span>
          <textarea
            rows={2}
            value={text}
            readOnly={readOnly}
            placeholder="说明原因，例如：上年年报数据有误，已更正"
            onChange={(e) => {
              setEdit(typed(edit, { rev, text: explanation }, e.target.value));
              if (!stale) setState('idle');
            }}
            onBlur={() => {
              if (!stale && open) void save(open.baseRev);
            }}
          />
          {state === 'saving' && <span className="re-status">正在保存…</span>}
          {state === 'saved' && <span className="re-status">说明已保存</span>}
          {typeof state === 'object' && 'error' in state && (
            <span className="re-status re-status-error">{state.error}</span>
          )}
          {stale && (
            <StaleNotice
              stale={stale}
              onTakeTheirs={() => {
                setEdit(undefined);
                setState('idle');
              }}
              onKeepMine={() => void save(stale.theirsRev)}
            />
          )}
        </label>
      )}
    </li>
  );
}

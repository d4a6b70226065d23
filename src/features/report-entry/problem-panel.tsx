/**
 * The problems of the report, errors first. Clicking one goes to its first cell; a warning or an explainable
 * error (X1) takes a 填写说明 that is saved with the report and stops it from blocking 已完成.
 */
import { useState } from 'react';
import type { Problem } from '@/domain/rules/problem';

interface Props {
  problems: readonly Problem[];
  explanations: Readonly<Record<string, string>>;
  readOnly: boolean;
  onGoTo: (problem: Problem) => void;
  /** Resolves once saved; rejects with a message the clerk can read. */
  onExplain: (problem: Problem, text: string) => Promise<void>;
}

export function ProblemPanel({ problems, explanations, readOnly, onGoTo, onExplain }: Props) {
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
  readOnly: boolean;
  onGoTo: Props['onGoTo'];
  onExplain: Props['onExplain'];
}

function ProblemItem({ problem, explanation, readOnly, onGoTo, onExplain }: ItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const text = draft ?? explanation;
  const explained = problem.explainable && explanation.trim() !== '';
  const save = async () => {
    if (draft === null || draft.trim() === explanation.trim()) return;
    setState('saving');
    try {
      await onExplain(problem, draft);
      setDraft(null);
      setState('saved');
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : '说明未保存，请重试。' });
    }
  };
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
              setDraft(e.target.value);
              setState('idle');
            }}
            onBlur={() => void save()}
          />
          {state === 'saving' && <span className="re-status">正在保存…</span>}
          {state === 'saved' && <span className="re-status">说明已保存</span>}
          {typeof state === 'object' && <span className="re-status re-status-error">{state.error}</span>}
        </label>
      )}
    </li>
  );
}

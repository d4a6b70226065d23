/** The checks of the text against the tables (T1, T2) and T3, live, each with its message. */
import type { Problem } from '@/domain/rules/problem';

const RULE_NAMES: Readonly<Record<string, string>> = {
  T1: '正文数字与表格不一致',
  T2: '正文未说明信息处理费',
  T3: '规章数量存疑',
};

export function TextProblems({ problems }: { problems: readonly Problem[] }) {
  return (
    <aside className="rt-problems" aria-label="正文检查">
      <h3>正文检查</h3>
      {problems.length === 0 ? (
        <p className="rt-ok">未发现正文与表格不一致之处。</p>
      ) : (
        <ul>
          {problems.map((p) => (
            <li key={p.key} className="rt-problem">
              <span className="rt-rule">
                {p.ruleId} {RULE_NAMES[p.ruleId] ?? ''}
              </span>
              <span className="rt-message">{p.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="rt-hint">以上为提醒，不影响保存。核对后如确认无误，可保留正文原样。</p>
    </aside>
  );
}

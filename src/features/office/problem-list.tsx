/** A read-only list of problems (the total's, or one kind of finding across units), errors first. */
import type { Problem } from '@/domain/rules/problem';

interface Props {
  title: string;
  problems: readonly Problem[];
  empty?: string;
}

export function ProblemList({ title, problems, empty = '未发现问题。' }: Props) {
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className="of-problems" aria-label={title}>
      <h4>
        {title}（{problems.length === 0 ? '无问题' : `${problems.length} 项`}）
      </h4>
      {ordered.length === 0 ? (
        <p className="of-hint">{empty}</p>
      ) : (
        <ul>
          {ordered.map((p) => (
            <li key={p.key} className={p.severity === 'error' ? 'of-error' : 'of-warn'}>
              【{p.severity === 'error' ? '错误' : '请核实'}】{p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

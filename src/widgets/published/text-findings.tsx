/** A published report's text findings: each with its section, the message, and the sentence quoted as written. */
import { SECTION_NAMES, type TextFinding } from '@/domain/report-text/published-checks';
import './published.css';

export function TextFindings({ findings }: { findings: readonly TextFinding[] }) {
  if (findings.length === 0) {
    return <p className="pb-ok">正文与统计表一致，各部分齐全，未发现问题。</p>;
  }
  return (
    <ul className="pb-findings" aria-label="正文核对发现的问题">
      {findings.map((f, i) => (
        <li key={`${f.rule}:${f.section ?? ''}:${i}`} className="pb-finding">
          <span className="pb-rule">{f.rule}</span>
          {f.section !== undefined && <span className="pb-section">{SECTION_NAMES[f.section]}</span>}
          <span>{f.message}</span>
          {f.quote && <q className="pb-quote">{f.quote}</q>}
        </li>
      ))}
    </ul>
  );
}

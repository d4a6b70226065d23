/** The outcome of a batch: how many files were imported, refused (with reasons) and still need a person. */
import type { ImportRow } from '@/state/import-queue-store';
import { isReady } from './import-queue';

interface Props {
  rows: readonly ImportRow[];
  duplicates: ReadonlySet<number>;
  /** After 全部导入 the summary is announced as the batch's result. */
  final: boolean;
}

export function ImportSummary({ rows, duplicates, final }: Props) {
  const imported = rows.filter((r) => r.status === 'imported').length;
  const refused = rows.filter((r) => r.status === 'refused');
  const waiting = rows.filter((r) => r.status === 'pending' || r.status === 'failed' || r.status === 'importing');
  const ready = waiting.filter((r) => isReady(r, duplicates)).length;
  const needsHandling = waiting.length - ready;
  return (
    <section className="im-summary" role="status" aria-label="导入结果">
      <p>
        <strong>{final ? '本次导入结果：' : '当前：'}</strong>
        <span className="im-count im-ok">{imported} 个已导入</span>，
        <span className="im-count im-error">{refused.length} 个已拒绝</span>，
        <span className="im-count im-warn">{needsHandling} 个需处理</span>
        {ready > 0 && <>，{ready} 个可直接导入</>}。
      </p>
      {refused.length > 0 && (
        <details open={refused.length <= 5}>
          <summary>被拒绝的文件及原因</summary>
          <ul>
            {refused.map((r) => (
              <li key={r.id}>
                {r.fileName}：{r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {needsHandling > 0 && <p className="im-hint">需处理的文件请点“预览”，核对单位、年度和差异后逐个确认导入。</p>}
    </section>
  );
}

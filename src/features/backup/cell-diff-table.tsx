import type { CellDiff } from '@/domain/backup/preview-restore';
import { formatNumber } from '@/domain/values/money';

const shown = (v: number | null) => (v === null ? '（空）' : formatNumber(v));

/** The cells of one report that a restore changes, old → new, named as printed. */
export function CellDiffTable({ cells }: { cells: readonly CellDiff[] }) {
  return (
    <table className="bk-diff">
      <thead>
        <tr>
          <th>单元格</th>
          <th>当前数据</th>
          <th>备份文件</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={c.field}>
            <td title={[...c.rowLabels, ...c.colLabels].join(' / ')}>{c.name}</td>
            <td className="bk-num">{shown(c.old)}</td>
            <td className="bk-num">{shown(c.new)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The total split by who reported it (本级, 部门, 乡镇街道 …), on a few headline figures. */
import { useMemo } from 'react';
import { formatNumber } from '@/domain/values/money';
import { groupSubtotals, type AreaTotal } from './area-total';
import { KEY_TOTALS, keyTotalsOf } from './key-totals';

export function SubtotalsTable({ total }: { total: AreaTotal }) {
  // Each group is summed like the total itself: once per total, not at every render of the page.
  const groups = useMemo(() => groupSubtotals(total), [total]);
  if (groups.length === 0) return null;
  const cell = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n));
  return (
    <table className="of-subtotals">
      <caption>分类小计</caption>
      <thead>
        <tr>
          <th scope="col">类别</th>
          <th scope="col">单位数</th>
          {KEY_TOTALS.map((t) => (
            <th key={t.label} scope="col">
              {t.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.label}>
            <th scope="row">{g.label}</th>
            <td className="of-num">{g.units}</td>
            {keyTotalsOf(total.format, g.values).map((n, i) => (
              <td key={KEY_TOTALS[i]?.label} className="of-num">
                {cell(n)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="of-subtotal-all">
          <th scope="row">合计</th>
          <td className="of-num">{total.parts.length}</td>
          {keyTotalsOf(total.format, total.values).map((n, i) => (
            <td key={KEY_TOTALS[i]?.label} className="of-num">
              {cell(n)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

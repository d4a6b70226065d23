/** Where a cell of the total comes from: each contributing unit's figure, linking to that unit's report. */
import { cellName } from '@/domain/format/cell-name';
import { indexFormat } from '@/domain/format/format-index';
import type { FieldKey } from '@/domain/format/types';
import { formatNumber } from '@/domain/values/money';
import { contributionsTo, type AreaTotal } from './area-total';

interface Props {
  total: AreaTotal;
  field: FieldKey | undefined;
  reportHref: (reportId: string) => string;
}

export function DrillDown({ total, field, reportHref }: Props) {
  const def = field ? indexFormat(total.format).field.get(field) : undefined;
  if (!def || !field) {
    return (
      <aside className="of-drill" aria-label="数据来源">
        <h4>数据来源</h4>
        <p className="of-hint">点击汇总表中的一个数字，这里列出它由哪些单位的数字相加而成。</p>
      </aside>
    );
  }
  const list = contributionsTo(total, field).sort((a, b) => b.value - a.value);
  const sum = list.reduce((s, c) => s + c.value, 0);
  return (
    <aside className="of-drill" aria-label="数据来源">
      <h4>数据来源：{cellName(def)}</h4>
      {list.length === 0 ? (
        <p>没有单位填写这个单元格。</p>
      ) : (
        <table>
          <tbody>
            {list.map((c) => (
              <tr key={c.unitId}>
                <th scope="row">
                  <a href={reportHref(c.reportId)}>{c.unitName}</a>
                </th>
                <td className="of-num">{formatNumber(c.value)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计（{list.length} 个单位）</th>
              <td className="of-num">{formatNumber(sum)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </aside>
  );
}

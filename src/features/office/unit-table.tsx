/** The dashboard's list of units: status, counts, last change, contact, deadline, and what can be done per unit. */
import { chineseDate } from '@/domain/office/deadlines';
import { formatNumber } from '@/domain/values/money';
import type { DashboardRow } from './dashboard-rows';
import type { FigurePair } from './key-totals';
import { STATUS_CLASS } from '@/widgets/shared/status-class';

interface Props {
  rows: readonly DashboardRow[];
  reportHref: (reportId: string) => string;
  onReturnList: (row: DashboardRow) => void;
  onChase: (row: DashboardRow) => void;
  onAccept: (row: DashboardRow) => void;
  onTemplate: (row: DashboardRow) => void;
  /** With 显示上年数: each unit's headline figures, this year / last year. */
  figures?: ReadonlyMap<string, readonly FigurePair[]>;
  figureLabels?: readonly string[];
}

const figureText = (p: FigurePair | undefined) =>
  `${p?.now === undefined ? '—' : formatNumber(p.now)} / ${p?.before === undefined ? '—' : formatNumber(p.before)}`;

function lastChange(at: number | undefined): string {
  if (at === undefined) return '—';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const RECEIPT_CLASS = { 未报送: 'rc-none', 已报送: 'rc-sent', 已退回: 'rc-back', 已审核: 'rc-ok' } as const;

/** The receipt's state with what makes it: the file received and when, or the date of the return. */
function ReceiptCell({ row }: { row: DashboardRow }) {
  const r = row.receiptRow;
  const last = r?.steps[r.steps.length - 1];
  return (
    <td className="of-receipt">
      <span className={`of-rc ${RECEIPT_CLASS[row.receipt]}`}>{row.receipt}</span>
      {r?.fileName && r.receivedAt !== undefined && (
        <small title={r.fileName}>
          {lastChange(r.receivedAt)} 收到 {r.fileName}
        </small>
      )}
      {row.receipt !== '已报送' && last && last.state !== '已报送' && (
        <small>
          {lastChange(last.at)} {last.state}
        </small>
      )}
    </td>
  );
}

export function UnitTable(props: Props) {
  const { rows, reportHref, onReturnList, onChase, onAccept, onTemplate, figures, figureLabels = [] } = props;
  if (rows.length === 0) return <p className="of-empty">没有符合条件的单位。</p>;
  return (
    <table className="of-units">
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">类型</th>
          <th scope="col">报送</th>
          <th scope="col">填报状态</th>
          <th scope="col">错误</th>
          <th scope="col">警告</th>
          {figures &&
            figureLabels.map((l) => (
              <th key={l} scope="col">
                {l}（本年 / 上年）
              </th>
            ))}
          <th scope="col">最后修改</th>
          <th scope="col">联系人</th>
          <th scope="col">截止日期</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const contact = [row.unit.contactPerson, row.unit.contactPhone].filter(Boolean).join(' ');
          return (
            <tr key={row.unit.id} data-unit={row.unit.name} className={row.overdue ? 'of-overdue' : undefined}>
              <th scope="row">
                {row.reportId ? <a href={reportHref(row.reportId)}>{row.unit.name}</a> : row.unit.name}
              </th>
              <td>{row.unit.kind}</td>
              <ReceiptCell row={row} />
              <td>
                <span className={`of-status ${STATUS_CLASS[row.status]}`}>{row.status}</span>
              </td>
              <td className="of-num">{row.errors || ''}</td>
              <td className="of-num">{row.warnings || ''}</td>
              {figures &&
                figureLabels.map((l) => (
                  <td key={l} className="of-num of-figure">
                    {figureText(figures.get(row.unit.id)?.find((p) => p.label === l))}
                  </td>
                ))}
              <td>{lastChange(row.updatedAt)}</td>
              <td>{contact || '—'}</td>
              <td>
                {chineseDate(row.deadline)}
                {row.overdue && <span className="of-late">逾期</span>}
              </td>
              <td className="of-actions">
                {!row.inHand && (
                  <button type="button" onClick={() => onChase(row)} aria-label={`催报${row.unit.name}`}>
                    催报
                  </button>
                )}
                {row.receipt === '已报送' && (
                  <button type="button" onClick={() => onAccept(row)} aria-label={`${row.unit.name}审核通过`}>
                    审核通过
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => onReturnList(row)}
                  disabled={!row.reportId && row.receipt !== '已退回'}
                  aria-label={`${row.unit.name}的退回修改清单`}
                >
                  退回修改
                </button>
                <button type="button" onClick={() => onTemplate(row)} aria-label={`下载${row.unit.name}的空白统计表`}>
                  空白表
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

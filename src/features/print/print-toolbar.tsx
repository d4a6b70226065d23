/** On screen only: 打印, 返回填报, the report's status, and a warning (with the errors) when errors are open. */
import type { ReportRow } from '@/storage/db';
import type { ReportCheck } from '@/storage/report-summary';

const SHOWN_ERRORS = 5;

interface Props {
  report: ReportRow;
  check: ReportCheck;
  backHref: string;
}

export function PrintToolbar({ report, check, backHref }: Props) {
  const { openErrors, openWarnings, blankInputs } = check.completion;
  return (
    <div className="print-toolbar print-screen-only">
      <div className="print-toolbar-actions">
        <button type="button" className="print-primary" onClick={() => window.print()}>
          打印
        </button>
        <a href={backHref}>返回填报</a>
        <span className={`print-status ${report.status === '已完成' ? 'print-status-done' : ''}`}>
          状态：{report.status}
        </span>
        <span>错误 {openErrors.length}</span>
        <span>警告 {openWarnings.length}</span>
        {blankInputs > 0 && <span>未填 {blankInputs} 格</span>}
      </div>
      <p className="print-tip">打印时请选择 A4 纸；本页的按钮和提示不会打印出来。</p>
      {openErrors.length > 0 && (
        <div className="print-warning" role="alert">
          <p>
            这份报表还有 {openErrors.length} 个错误未修改，打印出的表格数字前后不一致，报送后可能被退回。建议先
            <a href={backHref}>返回填报</a>修改后再打印。
          </p>
          <ul>
            {openErrors.slice(0, SHOWN_ERRORS).map((p) => (
              <li key={p.key}>{p.message}</li>
            ))}
            {openErrors.length > SHOWN_ERRORS && <li>另有 {openErrors.length - SHOWN_ERRORS} 个错误，请在填报页查看。</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

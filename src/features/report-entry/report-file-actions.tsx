/**
 * The report's own files: the official .xlsx (never blocked; with open errors the clerk is told first) and, where
 * last year's report exists, filling 二、上年结转 from last year's 四、结转下年度继续办理 as one undoable step.
 */
import { useState } from 'react';
import type { FormatDef, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import { carryOverEdits } from '@/domain/year-on-year/carry-over';
import { hasEnteredValue } from '@/domain/year-on-year/prior-values';
import { signatureOf, type SignatureSource } from '@/domain/office/signature';
import { saveBytes } from '@/widgets/shared/save-file';
import { officialFileName } from '@/io/export/file-name';
import { showNotice } from '@/state/notice-store';

interface Props {
  format: FormatDef;
  values: Values;
  unitName: string;
  year: number;
  problems: readonly Problem[];
  prior?: { format: FormatDef; values: Values } | undefined;
  readOnly: boolean;
  /** The unit's contact and the operator: the signature under the exported sheet. */
  contact?: SignatureSource | undefined;
  operator: string;
  onCarryOver: (changes: { field: string; value: number | null }[]) => void;
}

export function ReportFileActions(p: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = p.problems.filter((x) => x.severity === 'error').length;
  const carry = p.prior && !p.readOnly ? carryOverEdits(p.format, p.values, p.prior) : [];

  const exportNow = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      // The sheet's layout code and its writer load on first export (precached for offline use), not with the grid.
      const { exportReportXlsx } = await import('@/io/export/official-sheet');
      const bytes = await exportReportXlsx({
        format: p.format,
        values: p.values,
        unitName: p.unitName,
        year: p.year,
        filledBy: signatureOf(p.contact, p.operator, new Date()),
      });
      saveBytes(officialFileName(p.year, p.unitName), bytes);
    } catch (error) {
      showNotice({ tone: 'error', title: `导出失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="re-file-actions">
      {!p.readOnly && !hasEnteredValue(p.values) && <EmptyReportNote carry={carry.length > 0} />}
      <button type="button" disabled={busy} onClick={() => (errors > 0 ? setConfirming(true) : void exportNow())}>
        {busy ? '正在导出…' : '导出 Excel'}
      </button>
      {carry.length > 0 && (
        <button
          type="button"
          title="用上年“四、结转下年度继续办理”填入本年“二、上年结转”"
          onClick={() => p.onCarryOver(carry)}
        >
          填入上年结转（{carry.length} 格）
        </button>
      )}
      {confirming && (
        <span className="re-confirm" role="alert">
          还有 {errors} 个错误未修改，导出的文件会带着这些错误。
          <button type="button" onClick={() => void exportNow()}>
            仍然导出
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * A new report has every cell blank, and the checks read blanks as 0: said once in plain words, so the findings
 * of cells not reached yet read as what they are; where last year exists, the first step is offered.
 */
function EmptyReportNote({ carry }: { carry: boolean }) {
  return (
    <p className="re-empty-note" role="status">
      这份报表还没有填写数字。空白格按 0 计算，检查结果会随填写更新。
      {carry && '可先点“填入上年结转”，用上年“四、结转下年度继续办理”填入本年“二、上年结转”。'}
    </p>
  );
}

/**
 * 从已发布的上年年报导入: most clerks have last year's published report, not its spreadsheet. The report is read
 * by the import's reader, shown (its figures, its text findings, what it changes), and on 确认导入 stored as this
 * unit's report of the year before and, if chosen, its 结转下年度 filled into this year's 上年结转 as one
 * undoable step (the one carry-over). Nothing is stored before the clerk confirms.
 */
import { useMemo, useState } from 'react';
import { carryOverEdits } from '@/domain/year-on-year/carry-over';
import { PUBLISHED_KIND_NAMES } from '@/io/published/published-kind';
import { TextFindings } from '@/widgets/published/text-findings';
import { previewTables } from '@/widgets/import-preview/preview-model';
import { ReadingNotes, RefusedCells, ValueTables } from '@/widgets/import-preview/preview-sections';
import { useFormatVariant } from '@/storage/settings-hooks';
import { Choices } from './prior-import-choices';
import { planPriorImport } from './prior-import-plan';
import { usePriorImport } from './use-prior-import';
import '@/widgets/import-preview/import-preview.css';

import type { PriorImportProps as Props } from './prior-import-button';

export default function PriorImportPanel(p: Props & { onClose: () => void }) {
  const priorYear = p.year - 1;
  const { state, read, store } = usePriorImport(p.db, p.unit.id, priorYear);
  const variant = useFormatVariant(p.db);
  const [keep, setKeep] = useState(true);
  const [carry, setCarry] = useState(!p.readOnly);
  const [sameUnit, setSameUnit] = useState(false);
  const [reopen, setReopen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'error'; text: string }>();

  const shown = state.kind === 'read' ? state : undefined;
  const plan = useMemo(() => {
    if (!shown) return undefined;
    const { parsed, stored } = shown;
    return planPriorImport({
      format: p.format,
      values: p.values,
      year: p.year,
      unit: p.unit,
      file: {
        format: parsed.format,
        values: parsed.values,
        ...(parsed.year ? { year: parsed.year.value } : {}),
        ...(parsed.unitName ? { unitName: parsed.unitName.value } : {}),
      },
      ...(stored ? { storedFormatId: stored.formatId } : {}),
      ...(variant ? { variant } : {}),
    });
  }, [shown, p.format, p.values, p.year, p.unit, variant]);

  const done = outcome?.tone === 'ok';
  const completed = shown?.stored?.status === '已完成';
  const carrying = carry && !p.readOnly && (plan?.carry.length ?? 0) > 0;
  const blockers = plan
    ? [
        ...plan.refusals,
        ...(plan.otherUnit && !sameUnit ? ['请确认这是本单位的年报。'] : []),
        ...(keep && completed && !reopen
          ? [`本单位 ${priorYear} 年的报表已标记为“已完成”：如确需覆盖，请勾选“重新打开并覆盖”。`]
          : []),
        ...(!keep && !carrying ? ['请至少选择一项：保存为上年报表，或填入本年上年结转。'] : []),
      ]
    : [];

  const confirm = async () => {
    if (!shown || !plan) return;
    setBusy(true);
    try {
      const stored = keep ? await store({ who: p.who, reopenCompleted: reopen }) : undefined;
      const edits = carrying ? carryOverEdits(p.format, p.values, shown.parsed) : [];
      if (edits.length > 0) p.onCarryOver(edits);
      setOutcome({
        tone: 'ok',
        text:
          [
            ...(stored ? [`已保存为本单位 ${priorYear} 年的报表（写入 ${stored.changed} 个单元格）`] : []),
            ...(edits.length > 0 ? [`已填入本年上年结转 ${edits.length} 格（可撤销）`] : []),
          ].join('，') + '。',
      });
    } catch (error) {
      setOutcome({ tone: 'error', text: `未保存任何数据：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="re-prior-import im-preview" aria-label="从已发布的上年年报导入">
      <h3>从已发布的上年年报导入（{priorYear} 年度）</h3>
      <p className="im-hint">
        选择本单位 {priorYear} 年度已发布的年度报告（网页 .html、Word .docx 或 PDF），也可选择上年的统计表文件。
      </p>
      {!done && (
        <input
          type="file"
          accept=".html,.htm,.docx,.pdf,.xlsx,.xls,.ods,.csv,.et"
          aria-label="选择上年已发布的年度报告"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            setOutcome(undefined);
            setSameUnit(false);
            if (file) void read(file, file.name);
          }}
        />
      )}
      {state.kind === 'reading' && <p role="status">正在读取“{state.fileName}”…</p>}
      {state.kind === 'refused' && (
        <p className="im-error" role="alert">
          文件“{state.fileName}”未能读取，未保存任何数据：{state.reason}
        </p>
      )}
      {shown && plan && (
        <>
          <dl className="im-meta">
            <dt>来源</dt>
            <dd>
              {shown.parsed.published
                ? `已发布年报（${PUBLISHED_KIND_NAMES[shown.parsed.published.kind]}）`
                : '统计表文件'}
              ：{shown.fileName}
            </dd>
            <dt>表格格式</dt>
            <dd>{shown.parsed.format.name}</dd>
            <dt>年度</dt>
            <dd>{shown.parsed.year ? `${shown.parsed.year.value} 年` : `文件中没有写明，按 ${priorYear} 年导入`}</dd>
            <dt>单位</dt>
            <dd>{shown.parsed.unitName ? `文件中为“${shown.parsed.unitName.value}”` : '文件中没有写明'}</dd>
          </dl>
          {plan.otherUnit && !done && (
            <label className="im-reopen">
              <input type="checkbox" checked={sameUnit} onChange={(e) => setSameUnit(e.currentTarget.checked)} />
              文件中的单位“{plan.otherUnit}”与本报表的单位“{p.unit.name}”名称不同。确认这是本单位的年报
            </label>
          )}
          <h4>读取说明</h4>
          <ReadingNotes parsed={shown.parsed} />
          <RefusedCells parsed={shown.parsed} />
          {shown.parsed.published && (
            <>
              <h4>正文核对</h4>
              <TextFindings findings={shown.parsed.published.findings} />
            </>
          )}
          <h4>年报中的数值</h4>
          <ValueTables tables={previewTables(shown.parsed.format, shown.parsed.values)} />
          {plan.refusals.length === 0 && !done && (
            <Choices
              {...{ keep, setKeep, carry, setCarry, reopen, setReopen, completed, priorYear }}
              plan={plan}
              readOnly={p.readOnly}
              stored={shown.stored}
              parsed={shown.parsed}
            />
          )}
          {blockers.length > 0 && !done && (
            <ul className="im-blockers" role="alert">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {outcome && (
        <p className={outcome.tone === 'ok' ? 'im-done' : 'im-error'} role={outcome.tone === 'ok' ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      <div className="im-buttons">
        {shown && !done && (
          <button
            type="button"
            className="re-primary"
            disabled={busy || blockers.length > 0}
            onClick={() => void confirm()}
          >
            {busy ? '正在导入…' : '确认导入'}
          </button>
        )}
        <button type="button" onClick={p.onClose}>
          {done ? '关闭' : '取消'}
        </button>
      </div>
    </section>
  );
}

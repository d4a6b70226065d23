/**
 * The preview of one file before anything is stored: what was recognised (format, year, unit, each with where
 * it came from, year and unit editable), the values, the reading notes and refusals, the differences from the
 * stored report, the carry-over offer, and the rules that would fail. 确认导入 stores it as one transaction.
 */
import { useEffect, useMemo, useState } from 'react';
import { reportContext } from '@/domain/rules/problems-of';
import { GUESS_SOURCE_NAMES, type Guess } from '@/io/import/detect-meta';
import type { UnitRow, XxgkDb } from '@/storage/db';
import { readImportTarget, type ImportTarget } from '@/storage/import/import-target';
import { CARRY_OVER_LABEL, carryOverCells, withCarryOver } from '@/domain/year-on-year/carry-over';
import { choose, importRow, recheckPending } from './import-queue';
import { STATUS_NAMES, type ImportRow, type ParsedFile } from '@/state/import-queue-store';
import { useFormatVariant } from '@/storage/settings-hooks';
import {
  formatMismatch,
  previewProblems,
  previewTables,
  valueDifferences,
} from '@/widgets/import-preview/preview-model';
import { PUBLISHED_KIND_NAMES } from '@/io/published/published-kind';
import { TextFindings } from '@/widgets/published/text-findings';
import {
  Differences,
  PreviewProblems,
  ReadingNotes,
  RefusedCells,
  ValueTables,
} from '@/widgets/import-preview/preview-sections';
import { UnitSelect } from './unit-select';

interface Props {
  db: XxgkDb;
  row: ImportRow & { parsed: ParsedFile };
  units: readonly UnitRow[];
  who: string;
  reportHref: (reportId: string) => string;
  onClose: () => void;
}

function sourceText(guess: Guess<unknown> | undefined): string {
  if (!guess) return '文件中没有找到，请填写';
  const place = guess.sheet ? `（工作表“${guess.sheet}”${guess.cell ? ` ${guess.cell}` : ''}）` : '';
  return `来自${GUESS_SOURCE_NAMES[guess.source]}“${guess.text}”${place}`;
}

/**
 * The stored report of the chosen unit and year, and last year's, re-read whenever the choice changes or the
 * row's check moves on. While a re-read for the same unit and year is under way the last reading stays shown
 * (`fresh` false), so the checks and the comparison with last year do not vanish for a moment.
 */
function useTarget(db: XxgkDb, row: ImportRow): { target?: ImportTarget; fresh: boolean } {
  const unitId = row.unit?.kind === 'existing' ? row.unit.unitId : undefined;
  const year = row.year;
  const choice = `${unitId ?? ''}|${year ?? ''}`;
  const key = `${choice}|${row.status}|${row.check?.existingRev ?? ''}`;
  const [loaded, setLoaded] = useState<{ choice: string; key: string; target: ImportTarget }>();
  useEffect(() => {
    if (year === undefined) return;
    let live = true;
    readImportTarget(db, unitId, year)
      .then((target) => live && setLoaded({ choice, key, target }))
      .catch(() => live && setLoaded({ choice, key, target: {} }));
    return () => {
      live = false;
    };
  }, [db, unitId, year, choice, key]);
  if (year === undefined) return { target: {}, fresh: true };
  if (loaded?.choice !== choice) return { fresh: false };
  return { target: loaded.target, fresh: loaded.key === key };
}

export function ImportPreview({ db, row, units, who, reportHref, onClose }: Props) {
  const parsed = row.parsed;
  const format = parsed.format;
  const { target, fresh } = useTarget(db, row);
  const [reopen, setReopen] = useState(false);
  const [carry, setCarry] = useState(false);
  const [busy, setBusy] = useState(false);

  const unitKind = row.unit?.kind === 'new' ? row.unit.unitKind : target?.unit?.kind;
  // The same context every page checks with: a last year created and never filled is no last year.
  const context = useMemo(() => reportContext(unitKind, target?.prior), [unitKind, target]);
  const prior = context.prior;
  const carryCells = useMemo(
    () => (prior ? carryOverCells(format, parsed.values, prior) : []),
    [format, parsed, prior],
  );
  const values = useMemo(
    () => (carry && prior && carryCells.length > 0 ? withCarryOver(format, parsed.values, prior) : parsed.values),
    [carry, prior, carryCells, format, parsed],
  );
  const variant = useFormatVariant(db);
  const mismatch =
    row.year !== undefined ? formatMismatch(format, row.year, target?.report?.formatId, variant) : undefined;
  const tables = useMemo(() => previewTables(format, values), [format, values]);
  const differences = useMemo(
    () => (target?.report && !mismatch ? valueDifferences(format, values, target.report.values) : undefined),
    [target, mismatch, format, values],
  );
  const problems = useMemo(
    () => (mismatch ? [] : previewProblems(format, values, { ...context, stated: parsed.stated })),
    [mismatch, format, values, context, parsed],
  );

  const imported = row.status === 'imported';
  const completed = target?.report?.status === '已完成';
  const blockers = [
    ...(row.unit ? [] : ['请选择导入到哪个单位（或新建单位）。']),
    ...(row.unit?.kind === 'new' && row.unit.name.trim() === '' ? ['请填写新单位的名称。'] : []),
    ...(row.year === undefined ? ['请填写数据年度。'] : []),
    ...(mismatch ? [mismatch] : []),
    ...(completed && !reopen && !imported ? ['已有报表已标记为“已完成”：如确需覆盖，请勾选“重新打开并覆盖”。'] : []),
  ];
  const canConfirm =
    !imported && !busy && target !== undefined && fresh && blockers.length === 0 && row.status !== 'importing';

  const confirm = async () => {
    setBusy(true);
    await importRow(db, row.id, {
      who,
      values,
      reopenCompleted: reopen,
      expectedRev: target?.report ? target.report.rev : null,
    });
    setBusy(false);
    // The unit or report just stored may be the one other waiting files name.
    await recheckPending(db);
  };

  return (
    <section className="im-preview" aria-label="导入预览">
      <h3>
        导入预览：{row.fileName} <span className={`im-badge im-badge-${row.status}`}>{STATUS_NAMES[row.status]}</span>
      </h3>
      {imported && row.reportId && (
        <p className="im-done" role="status">
          已导入
          {row.changed ? `，写入 ${row.changed} 个单元格` : '（数据与原有一致，已记录收到的文件）'}。
          <a href={reportHref(row.reportId)}>打开报表</a>
        </p>
      )}
      {row.status === 'failed' && row.reason && (
        <p className="im-error" role="alert">
          导入未完成，未保存任何数据：{row.reason}
        </p>
      )}
      <dl className="im-meta">
        {parsed.published && (
          <>
            <dt>来源</dt>
            <dd className="pb-source">已发布年报（{PUBLISHED_KIND_NAMES[parsed.published.kind]}）</dd>
          </>
        )}
        <dt>表格格式</dt>
        <dd>{format.name}</dd>
        <dt>数据年度</dt>
        <dd>
          <input
            type="number"
            className="im-year"
            aria-label="数据年度"
            min={2014}
            max={2100}
            value={row.year ?? ''}
            disabled={imported}
            onChange={(event) => {
              const n = Number.parseInt(event.currentTarget.value, 10);
              choose(db, row.id, { year: Number.isFinite(n) ? n : undefined });
            }}
          />{' '}
          <span className="im-source">{sourceText(parsed.year)}</span>
          {parsed.year?.note && (
            <span className="im-year-note" role="note">
              {parsed.year.note}
            </span>
          )}
        </dd>
        <dt>填报单位</dt>
        <dd>
          {imported ? (
            (row.check?.unitName ?? '')
          ) : (
            <UnitSelect
              units={units}
              choice={row.unit}
              {...(parsed.unitName ? { guess: parsed.unitName.value } : {})}
              onChange={(unit) => choose(db, row.id, { unit })}
            />
          )}{' '}
          <span className="im-source">
            {parsed.unitName ? `文件中为“${parsed.unitName.value}”，` : ''}
            {sourceText(parsed.unitName)}
          </span>
        </dd>
      </dl>

      {blockers.length > 0 && !imported && (
        <ul className="im-blockers" role="alert">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}

      <h4>读取说明</h4>
      <ReadingNotes parsed={parsed} />
      <RefusedCells parsed={parsed} />

      {parsed.published && (
        <>
          <h4>正文核对</h4>
          <TextFindings findings={parsed.published.findings} />
        </>
      )}

      <h4>文件中的数值</h4>
      <ValueTables tables={tables} />

      {!imported && target?.report && !mismatch && (
        <>
          <h4>
            与现有 {row.year} 年报表的差异（状态：{target.report.status}）
          </h4>
          {differences && <Differences cells={differences} />}
          {completed && (
            <label className="im-reopen">
              <input type="checkbox" checked={reopen} onChange={(e) => setReopen(e.currentTarget.checked)} />
              这份报表已标记为“已完成”。重新打开（改为草稿）并用文件中的数据覆盖
            </label>
          )}
        </>
      )}
      {!imported && target && !target.report && row.unit && row.year !== undefined && !mismatch && (
        <p>
          {row.unit.kind === 'new' ? '将新建单位“' + row.unit.name + '”和' : '该单位还没有'}
          {row.year} 年的报表
          {row.unit.kind === 'new' ? '。' : '，确认导入后将新建。'}
        </p>
      )}

      {!imported && prior && carryCells.length > 0 && !mismatch && (
        <section className="im-block">
          <label>
            <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.currentTarget.checked)} />
            {CARRY_OVER_LABEL}
          </label>
          <ul>
            {carryCells.map((c) => (
              <li key={c.field}>
                {c.name}：文件中为 {c.current ?? '空白'}，上年结转下年度为 {c.prior}
              </li>
            ))}
          </ul>
        </section>
      )}

      {!mismatch && (
        <>
          <h4>
            导入后的检查结果
            {prior ? `（已对照该单位 ${(row.year ?? 0) - 1} 年的报表检查上年结转等）` : ''}
          </h4>
          <PreviewProblems problems={problems} format={format} />
        </>
      )}

      <div className="im-buttons">
        {!imported && (
          <button type="button" className="im-primary" disabled={!canConfirm} onClick={() => void confirm()}>
            {busy || row.status === 'importing' ? '正在导入…' : '确认导入'}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {imported ? '关闭' : '取消'}
        </button>
      </div>
    </section>
  );
}

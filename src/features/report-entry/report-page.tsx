/**
 * The report page: header, a table of contents, the report's tables stacked as printed, and the problem
 * panel. Reads the report live from storage and writes every change through `commitCells`, awaited.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { indexFormat } from '@/domain/format/format-index';
import type { FormatDef } from '@/domain/format/types';
import type { FieldKey } from '@/domain/format/types';
import { parseFieldKey } from '@/domain/format/field-key';
import { CARRY_OVER_LABEL } from '@/domain/year-on-year/carry-over';
import type { Problem } from '@/domain/rules/problem';
import { applyChanges, redoLast, undoLast, type CommitFn } from '@/widgets/entry-grid/commit-batch';
import type { Refusal } from '@/widgets/entry-grid/grid-row-data';
import type { LeaveSide, TableGridHandle } from '@/widgets/entry-grid/table-grid';
import { blanksToZero, useEditContext } from '@/widgets/entry-grid/use-edit-context';
import { coalesceCommits } from '@/widgets/entry-grid/commit-queue';
import { useSaveKey, useUnloadGuard } from '@/widgets/entry-grid/save-guard';
import { showNotice, useNoticeStore } from '@/state/notice-store';
import { useSelectionStore } from '@/state/selection-store';
import { useNextUndo } from '@/state/undo-store';
import type { Workspace } from '@/storage/db';
import { explanationRev, reportsRepo } from '@/storage/reports-repo';
import { CellPanel } from './cell-panel';
import { useFocusedCellOf } from './focused-cell';
import { NoticeList } from '@/widgets/shared/notice-list';
import { ProblemPanel } from './problem-panel';
import { ReportFileActions } from './report-file-actions';
import { PriorImportButton } from './prior-import-button';
import { ReportHeader } from './report-header';
import { ReceivedFiles } from './received-files';
import { TableSection, sectionId } from './table-section';
import { useReportSession, type ReportSession } from './use-report-session';
import './report-entry.css';

interface Props {
  reportId: string;
  /** Which database the report lives in (`?workspace=demo` opens the demo one). */
  workspace: Workspace;
}

export function ReportPage({ reportId, workspace }: Props) {
  const state = useReportSession(workspace, reportId);
  // Messages and the block selection belong to the report on screen.
  useEffect(() => {
    useNoticeStore.getState().clear();
    useSelectionStore.getState().clear();
  }, [reportId]);
  if (state.kind === 'loading') return <p className="re-loading">正在打开报表…</p>;
  if (state.kind === 'missing') {
    return <p className="re-missing">找不到这份报表（编号 {reportId}），可能已被合并或删除。请返回列表重新打开。</p>;
  }
  if (state.kind === 'unknownFormat') {
    return <p className="re-missing">这份报表使用的格式“{state.formatId}”本程序不认识，请更新程序后再打开。</p>;
  }
  return <ReportEditor session={state.session} />;
}

function ReportEditor({ session }: { session: ReportSession }) {
  const { db, report, format, problems, completion } = session;
  const repo = useMemo(() => reportsRepo(db), [db]);
  const scope = report.id;
  const readOnly = report.status === '已完成';
  const grids = useRef(new Map<string, TableGridHandle>());
  const [busy, setBusy] = useState(false);
  const { undo, redo } = useNextUndo(scope);
  const [refusals, onRefusals] = useRefusals();
  // The cell panel follows the grids' focus; a store per report, so another report starts with no cell.
  const focus = useFocusedCellOf(report.id);

  useFocusFirstInput(report.id, format, grids);

  const operator = session.operator;
  // Edits that arrive while a write is running go together into the next one (typing never queues up).
  const onCommit: CommitFn = useMemo(
    () => coalesceCommits((changes) => repo.commitCells(report.id, changes, operator).then(() => undefined)),
    [repo, report.id, operator],
  );
  const edit = useEditContext(scope, format, report.values, onCommit);
  useSaveKey(scope);
  useUnloadGuard();
  const leaveTable = (from: string, side: LeaveSide) => {
    const at = format.tables.findIndex((t) => t.key === from) + (side === 'next' ? 1 : -1);
    const target = format.tables[at];
    return target ? (grids.current.get(target.key)?.enter(side === 'next' ? 'first' : 'last') ?? false) : false;
  };

  const goTo = (problem: Problem) => {
    const field = problem.cells[0];
    const table = field ? parseFieldKey(field)?.table : undefined;
    if (!field || !table) return;
    const grid = grids.current.get(table);
    if (!grid?.focusField(field)) document.getElementById(sectionId(table))?.scrollIntoView();
  };

  const runStatus = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      showNotice({ tone: 'error', title: error instanceof Error ? error.message : '操作未完成，请重试。' });
    } finally {
      setBusy(false);
    }
  };

  const blankCountOf = (tableKey: string) =>
    indexFormat(format).inputs.filter((f) => f.table === tableKey && (report.values[f.key] ?? null) === null).length;

  return (
    <div className="re-page">
      <ReportHeader
        unitName={session.unit?.name ?? '（单位已删除）'}
        year={report.year}
        formatName={format.name}
        status={report.status}
        problems={problems}
        completion={completion}
        busy={busy}
        {...(undo ? { nextUndo: undo } : {})}
        {...(redo ? { nextRedo: redo } : {})}
        onUndo={() => void undoLast(edit)}
        onRedo={() => void redoLast(edit)}
        onComplete={() => void runStatus(() => repo.markComplete(report.id))}
        onReopen={() => void runStatus(() => repo.reopen(report.id))}
        printHref={`#/print/${encodeURIComponent(report.id)}`}
        textHref={`#/text/${encodeURIComponent(report.id)}`}
      />
      <ReportFileActions
        format={format}
        values={report.values}
        unitName={session.unit?.name ?? '未命名单位'}
        year={report.year}
        problems={problems}
        prior={session.prior}
        readOnly={readOnly}
        contact={session.unit}
        operator={operator}
        onCarryOver={(changes) => void applyChanges(edit, changes, CARRY_OVER_LABEL)}
      />
      {session.unit && (
        <PriorImportButton
          db={db}
          unit={session.unit}
          year={report.year}
          format={format}
          values={report.values}
          readOnly={readOnly}
          who={operator}
          onCarryOver={(changes) => void applyChanges(edit, changes, CARRY_OVER_LABEL)}
        />
      )}
      <nav className="re-toc" aria-label="目录">
        {format.tables.map((t) => (
          <a
            key={t.key}
            href={`#${sectionId(t.key)}`}
            onClick={(e) => {
              // The address hash is the app's route: scroll without changing it.
              e.preventDefault();
              document.getElementById(sectionId(t.key))?.scrollIntoView({ block: 'start' });
            }}
          >
            {t.heading}
          </a>
        ))}
      </nav>
      <NoticeList />
      {readOnly && <p className="re-readonly">本报表已标记为已完成，只能查看和复制。如需修改，请点“重新打开”。</p>}
      <ReceivedFiles db={db} reportId={report.id} format={format} values={report.values} />
      <div className="re-body">
        <div className="re-tables">
          {format.tables.length === 0 && <p>此格式的统计表尚未定义。</p>}
          {format.tables.map((t) => (
            <TableSection
              key={t.key}
              format={format}
              table={t}
              values={report.values}
              problems={problems}
              edit={edit}
              readOnly={readOnly}
              blankCount={blankCountOf(t.key)}
              annotations={session.annotations}
              onRefusalsChange={(r) => onRefusals(t.key, r)}
              onFocusField={focus.set}
              onLeave={(side) => leaveTable(t.key, side)}
              onFillZero={() =>
                void applyChanges(edit, blanksToZero(format, t.key, edit.current), `${t.heading} 空白填 0`)
              }
              registerGrid={(handle) => {
                if (handle) grids.current.set(t.key, handle);
                else grids.current.delete(t.key);
              }}
            />
          ))}
        </div>
        <div className="re-side">
          <ProblemPanel
            problems={problems}
            explanations={report.explanations}
            explanationRev={(key) => explanationRev(report, key)}
            readOnly={readOnly}
            onGoTo={goTo}
            onExplain={async (problem, text, expectedRev) =>
              explanationRev(
                await repo.setExplanation(report.id, problem.key, text, operator, expectedRev),
                problem.key,
              )
            }
          />
          <CellPanel
            db={db}
            reportId={report.id}
            scope={scope}
            format={format}
            values={report.values}
            problems={problems}
            refusals={refusals}
            operator={operator}
            focus={focus}
          />
        </div>
      </div>
    </div>
  );
}

/** Typed texts each grid could not save, merged for the cell panel's state line. */
function useRefusals() {
  const [byTable, setByTable] = useState<Readonly<Record<string, Readonly<Record<FieldKey, Refusal>>>>>({});
  const onRefusals = useCallback((table: string, refusals: Readonly<Record<FieldKey, Refusal>>) => {
    setByTable((old) => {
      const unchanged = old[table] === refusals || (!old[table] && Object.keys(refusals).length === 0);
      return unchanged ? old : { ...old, [table]: refusals };
    });
  }, []);
  const merged = useMemo(() => Object.assign({}, ...Object.values(byTable)) as Record<FieldKey, Refusal>, [byTable]);
  return [merged, onRefusals] as const;
}

/**
 * As a spreadsheet opens with a cell selected, an opened report puts the focus in its first input cell, so a
 * clerk can start typing at once. The grids appear a frame or two after the page; a few frames are tried.
 */
function useFocusFirstInput(
  reportId: string,
  format: FormatDef,
  grids: { current: ReadonlyMap<string, TableGridHandle> },
): void {
  useEffect(() => {
    const first = indexFormat(format).inputs[0];
    if (!first) return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      if (grids.current.get(first.table)?.focusField(first.key)) return;
      if ((frame += 1) < 30) handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
    // Once per opened report: later re-renders must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reportId]);
}

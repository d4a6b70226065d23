/**
 * 导入文件: choose or drop one or many statistics-table files. Each is read in the background and listed;
 * one file opens its preview at once, many files form a list with 全部导入 for the rows that need nobody.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useUnsavedWork } from '@/state/unsaved-work';
import type { XxgkDb } from '@/storage/db';
import { useUnits } from '@/storage/live-hooks';
import { BulkList } from './bulk-list';
import { FilePicker } from './file-picker';
import { ImportPreview } from './import-preview';
import {
  acceptNearName,
  choose,
  confirmYear,
  duplicateTargets,
  enqueueFiles,
  importAllReady,
  isReady,
  pickVersion,
  recheckPending,
} from './import-queue';
import { CollectingBar } from './collecting-bar';
import { useImportQueue, type Collecting, type ImportRow, type UnitChoice } from '@/state/import-queue-store';
import { ImportSummary } from './import-summary';
import { usePasteReport } from './use-paste-report';
import '@/widgets/import-preview/import-preview.css';
import { useOperatorName } from '@/storage/settings-hooks';

const defaultReportHref = (reportId: string) => `#/report/${encodeURIComponent(reportId)}`;

interface Props {
  db: XxgkDb;
  /** The address of a report page (the app's router owns the form of it). */
  reportHref?: (reportId: string) => string;
}

export function ImportPage({ db, reportHref = defaultReportHref }: Props) {
  const units = useUnits(db) ?? [];
  const rows = useImportQueue((s) => s.rows);
  const selectedId = useImportQueue((s) => s.selectedId);
  const select = useImportQueue((s) => s.select);
  const clearFinished = useImportQueue((s) => s.clearFinished);
  const who = useOperatorName(db) ?? '';
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkDone, setBulkDone] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);

  const duplicates = useMemo(() => duplicateTargets(rows), [rows]);
  const readyCount = useMemo(() => rows.filter((r) => isReady(r, duplicates)).length, [rows, duplicates]);
  const finished = rows.filter((r) => r.status !== 'queued' && r.status !== 'parsing').length;
  const importing = bulkBusy || finished < rows.length;
  // Closing the page or a new version must not cut off a running import.
  useUnsavedWork(importing, '正在导入文件');
  const selected = rows.find((r) => r.id === selectedId);
  usePasteReport(
    useCallback(
      (file: { file: Blob; name: string }) => {
        setBulkDone(false);
        enqueueFiles(db, [file]);
      },
      [db],
    ),
  );

  const onPreview = useCallback(
    (id: number) => {
      select(id);
      requestAnimationFrame(() => previewRef.current?.scrollIntoView({ block: 'start' }));
    },
    [select],
  );
  const onChooseUnit = useCallback((id: number, unit: UnitChoice | undefined) => choose(db, id, { unit }), [db]);
  const collecting = useImportQueue((s) => s.collecting);
  const onCollecting = useCallback(
    (next: Collecting | undefined) => {
      useImportQueue.getState().setCollecting(next);
      void recheckPending(db);
    },
    [db],
  );
  const actions = useMemo(
    () => ({
      onSameUnit: (id: number) => void acceptNearName(db, id),
      onConfirmYear: (id: number) => confirmYear(db, id),
      onUseYear: (id: number, year: number) => choose(db, id, { year }),
      onPick: (id: number) => pickVersion(id),
    }),
    [db],
  );

  const importAll = async () => {
    setBulkBusy(true);
    try {
      await importAllReady(db, who);
    } finally {
      setBulkBusy(false);
      setBulkDone(true);
    }
  };

  return (
    <div className="im-page">
      <h2>导入统计表文件或已发布的年度报告</h2>
      <CollectingBar units={units} collecting={collecting} onChange={onCollecting} />
      <FilePicker
        onFiles={(files) => {
          setBulkDone(false);
          enqueueFiles(db, files);
        }}
      />
      {rows.length > 0 && (
        <>
          <div className="im-progress">
            <label>
              已读取 {finished} / {rows.length} 个文件
              <progress max={rows.length} value={finished} />
            </label>
            <button
              type="button"
              className="im-primary"
              disabled={readyCount === 0 || bulkBusy}
              onClick={() => void importAll()}
            >
              {bulkBusy ? '正在导入…' : `全部导入（${readyCount} 个可直接导入）`}
            </button>
            <button type="button" onClick={clearFinished} disabled={bulkBusy}>
              清除已完成的行
            </button>
          </div>
          <BulkList
            rows={rows}
            units={units}
            duplicates={duplicates}
            selectedId={selectedId}
            collectingYear={collecting?.year}
            actions={actions}
            onPreview={onPreview}
            onChooseUnit={onChooseUnit}
            reportHref={reportHref}
          />
          {finished === rows.length && <ImportSummary rows={rows} duplicates={duplicates} final={bulkDone} />}
        </>
      )}
      <div ref={previewRef}>
        {selected && hasParsed(selected) && (
          <ImportPreview
            key={selected.id}
            db={db}
            row={selected}
            units={units}
            who={who}
            reportHref={reportHref}
            onClose={() => select(undefined)}
          />
        )}
        {selected && selected.status === 'refused' && rows.length === 1 && (
          <p className="im-error" role="alert">
            文件“{selected.fileName}”未导入：{selected.reason}
          </p>
        )}
      </div>
    </div>
  );
}

function hasParsed(row: ImportRow): row is ImportRow & { parsed: NonNullable<ImportRow['parsed']> } {
  return row.parsed !== undefined;
}


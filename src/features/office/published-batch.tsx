/**
 * 年报核对: the office loads its area's published reports of one year (web pages, Word, PDF, also statistics
 * sheets), each read by the import's reader two at a time with a progress bar, and sees every report's findings:
 * table rules and text checks, with the section and the sentence quoted. 下载核对结果 writes them as one .xlsx,
 * a row per finding. Nothing is stored: importing a report stays the import page's work.
 */
import { useRef, useState } from 'react';
import type { UnitRow } from '@/storage/db';
import { findingsFileName } from '@/io/export/file-name';
import { importInBackground } from '@/io/import/import-client';
import { saveBytes } from '@/widgets/shared/save-file';
import { showNotice } from '@/state/notice-store';
import { useUnsavedWork } from '@/state/unsaved-work';
import { batchRows, type BatchFile } from './published-batch-rows';
import { areaBaseName } from '@/io/office/office-workbook';
import './published-batch.css';

interface Props {
  area: UnitRow;
  year: number;
  /** The area's units: a file naming none of them is flagged. */
  units: readonly UnitRow[];
}

interface Entry {
  id: number;
  fileName: string;
  read?: BatchFile;
}

const SEVERITY = { error: '错误', warning: '警告' } as const;

export function PublishedBatch({ area, year, units }: Props) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [saving, setSaving] = useState(false);
  const nextId = useRef(1);
  const done = entries.filter((e) => e.read).length;
  useUnsavedWork(done < entries.length, '正在读取已发布的年度报告');

  const add = (files: readonly File[]) => {
    const added = files.map((file) => ({ id: nextId.current++, fileName: file.name, file }));
    setEntries((old) => [...old, ...added.map(({ id, fileName }) => ({ id, fileName }))]);
    // The import client reads two at a time and queues the rest: each result lands as it comes.
    for (const { id, fileName, file } of added) {
      void importInBackground(file, fileName).then((result) => {
        const read = batchRows(fileName, result);
        setEntries((old) => old.map((e) => (e.id === id ? { ...e, read } : e)));
      });
    }
  };

  const download = async () => {
    setSaving(true);
    try {
      const read = entries.flatMap((e) => (e.read ? [e.read] : []));
      const { exportFindingsWorkbook } = await import('@/io/export/findings-sheet');
      const bytes = await exportFindingsWorkbook(
        read.flatMap((r) => r.findings),
        read.map((r) => r.file),
      );
      saveBytes(findingsFileName(year, areaBaseName(area.name)), bytes);
    } catch (error) {
      showNotice({ tone: 'error', title: `下载失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const known = new Set(units.flatMap((u) => [u.name, ...u.aliases]).map((n) => n.replace(/\s+/gu, '')));
  const total = entries.reduce((n, e) => n + (e.read?.findings.length ?? 0), 0);
  return (
    <section className="of-batch" aria-label="已发布年报核对">
      <p className="of-hint">
        选择本区域各单位已发布的 {year} 年度报告（网页 .html、Word
        .docx、PDF，可一次选择多个）。每份报告的统计表与正文都会核对：
        表内关系、正文数字与统计表是否一致、六个部分是否齐全。本页只核对，不保存数据。
      </p>
      <div className="of-toolbar">
        <label>
          选择年度报告…
          <input
            type="file"
            multiple
            accept=".html,.htm,.docx,.pdf,.xlsx,.xls,.ods,.csv,.et"
            aria-label="选择要核对的已发布年度报告"
            onChange={(event) => {
              add(Array.from(event.currentTarget.files ?? []));
              event.currentTarget.value = '';
            }}
          />
        </label>
        {entries.length > 0 && (
          <>
            <label>
              已核对 {done} / {entries.length} 份
              <progress max={entries.length} value={done} />
            </label>
            <button type="button" disabled={saving || done < entries.length} onClick={() => void download()}>
              {saving ? '正在生成…' : `下载核对结果（${total} 条）`}
            </button>
            <button type="button" disabled={done < entries.length} onClick={() => setEntries([])}>
              清空
            </button>
          </>
        )}
      </div>
      {entries.length > 0 && (
        <table className="of-findings of-batch-table">
          <thead>
            <tr>
              <th>文件</th>
              <th>单位</th>
              <th>年度</th>
              <th>部分</th>
              <th>规则</th>
              <th>问题</th>
              <th>原文</th>
              <th>统计表数值</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <FileRows key={e.id} entry={e} year={year} known={known} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FileRows({ entry, year, known }: { entry: Entry; year: number; known: ReadonlySet<string> }) {
  const read = entry.read;
  if (!read) {
    return (
      <tr className="of-batch-file">
        <td>{entry.fileName}</td>
        <td colSpan={7}>正在读取…</td>
      </tr>
    );
  }
  const { file, findings } = read;
  const readOk = file.outcome === '已读取';
  const notes = [
    readOk ? (findings.length > 0 ? `${findings.length} 个问题` : '未发现问题') : `未能读取：${file.outcome}`,
    ...(file.year !== undefined && file.year !== year ? [`是 ${file.year} 年度的报告，不是 ${year} 年度`] : []),
    ...(file.unitName && !known.has(file.unitName.replace(/\s+/gu, '')) ? ['单位不在本区域的单位中'] : []),
  ];
  return (
    <>
      <tr className="of-batch-file" data-file={entry.fileName}>
        <td>{entry.fileName}</td>
        <td>{file.unitName || '（未写明）'}</td>
        <td>{file.year ?? ''}</td>
        <td colSpan={5} className={findings.length > 0 || notes.length > 1 || !readOk ? 'of-batch-warn' : undefined}>
          {notes.join('；')}
        </td>
      </tr>
      {findings.map((f, i) => (
        <tr key={i} className={f.severity === 'error' ? 'of-batch-error' : undefined}>
          <td />
          <td />
          <td />
          <td>{f.section ?? f.source}</td>
          <td>
            {SEVERITY[f.severity]} {f.rule}
          </td>
          <td>{f.message}</td>
          <td>{f.quote && <q>{f.quote}</q>}</td>
          <td>{f.figure ?? ''}</td>
        </tr>
      ))}
    </>
  );
}

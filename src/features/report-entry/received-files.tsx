/**
 * “收到的文件（N）”: the files the import page stored for this report, newest first, each with how many cells
 * differ from the current values; one at a time shows those cells. A version is never restored from here:
 * using it again is an import, with its preview and history.
 */
import { useMemo, useState } from 'react';
import type { FormatDef, Values } from '@/domain/format/types';
import { useReceivedVersions } from '@/storage/cell-notes-hooks';
import type { XxgkDb } from '@/storage/db';
import { timeText, valueText } from './cell-text';
import { versionDiff } from './version-diff';

interface Props {
  db: XxgkDb;
  reportId: string;
  format: FormatDef;
  values: Values;
}

export const REIMPORT_NOTE = '如需使用此版本，请在“导入文件”中重新导入该文件。';

export function ReceivedFiles({ db, reportId, format, values }: Props) {
  const versions = useReceivedVersions(db, reportId);
  const [openId, setOpenId] = useState<number | null>(null);
  const compared = useMemo(
    () =>
      (versions ?? []).map((v) => ({
        version: v,
        cells: versionDiff(format, v.values, values),
      })),
    [versions, format, values],
  );
  if (compared.length === 0) return null;
  const open = compared.find((x) => x.version.id === openId);
  return (
    <details className="re-received">
      <summary>收到的文件（{compared.length}）</summary>
      <table className="re-received-list">
        <thead>
          <tr>
            <th>收到时间</th>
            <th>文件名</th>
            <th>与当前数据相比</th>
          </tr>
        </thead>
        <tbody>
          {compared.map(({ version, cells }) => (
            <tr key={version.id} className={version.id === openId ? 're-received-open' : undefined}>
              <td>{timeText(version.receivedAt)}</td>
              <td className="re-received-name">{version.fileName}</td>
              <td>
                {cells.length === 0 ? (
                  '一致'
                ) : (
                  <button
                    type="button"
                    aria-expanded={version.id === openId}
                    onClick={() => setOpenId(version.id === openId ? null : (version.id ?? null))}
                  >
                    {cells.length} 格不同
                    {version.id === openId ? '（收起）' : '，查看'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <div className="re-received-diff" role="region" aria-label={`与“${open.version.fileName}”不同的单元格`}>
          <p>
            “{open.version.fileName}”（{timeText(open.version.receivedAt)} 收到）与当前数据不同的 {open.cells.length}{' '}
            个单元格：
          </p>
          <table>
            <thead>
              <tr>
                <th>单元格</th>
                <th>文件中</th>
                <th>当前</th>
              </tr>
            </thead>
            <tbody>
              {open.cells.map((c) => (
                <tr key={c.field}>
                  <td>{c.name}</td>
                  <td className="re-num">{valueText(c.file)}</td>
                  <td className="re-num">{valueText(c.current)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="re-received-note">
        {REIMPORT_NOTE} <a href="#/import">前往导入文件</a>
      </p>
    </details>
  );
}

/**
 * Exports of the area total: the official sheet, the office workbook (total + a sheet per unit) and the CSV of
 * every value. Export is never blocked; with open errors in the total the user is told first and decides.
 */
import { useState } from 'react';
import type { Problem } from '@/domain/rules/problem';
import { exportReportXlsx, officialFileName } from '@/io/export';
import { valuesCsv } from '@/io/office/values-csv';
import { showNotice } from '@/state/notice-store';
import { areaBaseName, consolidatedUnitName, exportOfficeWorkbook } from '@/io/office/office-workbook';
import type { AreaTotal } from './area-total';
import { saveBytes, saveText } from '@/widgets/shared/save-file';

interface Props {
  areaName: string;
  total: AreaTotal;
  problems: readonly Problem[];
}

type Kind = 'sheet' | 'workbook' | 'csv';

const LABEL: Record<Kind, string> = { sheet: '导出汇总表', workbook: '导出汇总工作簿（含各单位）', csv: '导出全部数值（CSV）' };

export function TotalExports({ areaName, total, problems }: Props) {
  const [asking, setAsking] = useState<Kind | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const name = consolidatedUnitName(areaName);
  const base = areaBaseName(areaName);
  const { year } = total;

  const write = async (kind: Kind) => {
    setBusy(true);
    setAsking(undefined);
    try {
      if (kind === 'sheet') {
        const bytes = await exportReportXlsx({ format: total.format, values: total.values, unitName: name, year });
        saveBytes(officialFileName(year, name), bytes);
      } else if (kind === 'workbook') {
        const bytes = await exportOfficeWorkbook({
          areaName: base,
          year,
          format: total.format,
          consolidated: total.values,
          units: total.parts.map((p) => ({ name: p.unitName, values: p.values, format: p.format })),
        });
        saveBytes(`${year}年度_${base}_汇总及各单位统计表.xlsx`, bytes);
      } else {
        const csv = valuesCsv([
          { unitName: name, year, format: total.format, values: total.values },
          ...total.parts.map((p) => ({ unitName: p.unitName, year, format: p.format, values: p.values })),
        ]);
        saveText(`${year}年度_${base}_统计表数值.csv`, csv, 'text/csv;charset=utf-8');
      }
    } catch (error) {
      showNotice({ tone: 'error', title: `文件未生成：${error instanceof Error ? error.message : '请重试。'}` });
    } finally {
      setBusy(false);
    }
  };

  const start = (kind: Kind) => (errors > 0 ? setAsking(kind) : void write(kind));

  return (
    <div className="of-exports">
      {(Object.keys(LABEL) as Kind[]).map((kind) => (
        <button key={kind} type="button" disabled={busy} onClick={() => start(kind)}>
          {LABEL[kind]}
        </button>
      ))}
      {asking && (
        <p className="of-confirm" role="alert">
          汇总表还有 {errors} 个错误未解决，导出的文件会带着这些错误。仍要导出吗？
          <button type="button" onClick={() => void write(asking)}>
            仍然导出
          </button>
          <button type="button" onClick={() => setAsking(undefined)}>
            取消
          </button>
        </p>
      )}
    </div>
  );
}

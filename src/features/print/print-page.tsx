/**
 * The printable report: the report's tables as HTML tables with the official labels and merges, under their
 * section headings, with the title and the signature lines. A toolbar on screen (never printed) offers 打印 and
 * 返回填报 and warns when the report still has open errors.
 */
import { useEffect, useMemo } from 'react';
import { signatureOf } from '@/domain/office/signature';
import { computeAll } from '@/domain/rules/compute';
import type { XxgkDb } from '@/storage/db';
import { useOperatorName } from '@/storage/settings-hooks';
import { isLandscape, pageRule, printTitle, signatureLines } from './print-lines';
import { PrintTable } from './print-table';
import { PrintToolbar } from './print-toolbar';
import { usePrintData, type PrintData } from './use-print-data';
import './print.css';

/** The report page's address (`#/report/<id>`, as the app's router reads it; features do not import the app). */
function entryHref(reportId: string): string {
  return `#/report/${encodeURIComponent(reportId)}`;
}

/** Marks the document while the page is shown, so the print stylesheet hides the app's header only here. */
function usePrintRouteClass(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-route');
    return () => root.classList.remove('print-route');
  }, []);
}

export function PrintPage({ db, reportId }: { db: XxgkDb; reportId: string }) {
  usePrintRouteClass();
  const data = usePrintData(db, reportId);
  const operator = useOperatorName(db) ?? '';
  if (data.kind === 'loading') return <p>正在打开报表…</p>;
  if (data.kind === 'missing') {
    return (
      <p className="print-missing">
        找不到这份报表（编号 {reportId}），可能已被合并或删除。请返回<a href="#/">填报首页</a>重新打开。
      </p>
    );
  }
  if (data.kind === 'unknownFormat') {
    return <p className="print-missing">这份报表使用的格式“{data.formatId}”本程序不认识，请更新程序后再打印。</p>;
  }
  return <PrintSheet data={data} operator={operator} />;
}

function PrintSheet({ data, operator }: { data: Extract<PrintData, { kind: 'ready' }>; operator: string }) {
  const { report, unit, format, check } = data;
  const computed = useMemo(() => computeAll(format, report.values), [format, report.values]);
  const unitName = unit?.name ?? '（未知单位）';
  const landscape = isLandscape(format);
  const title = printTitle(unitName, report.year);
  const lines = signatureLines(unitName, signatureOf(unit, operator, new Date()));

  return (
    <div className="print-page">
      {/* The @page rule lives only while this page is shown: printing any other page keeps the browser's size. */}
      <style>{pageRule(landscape)}</style>
      <PrintToolbar report={report} check={check} backHref={entryHref(report.id)} />
      <article className={`print-sheet ${landscape ? 'print-sheet-landscape' : 'print-sheet-portrait'}`}>
        <h2 className="print-title">{title}</h2>
        {format.tables.map((table) => (
          <PrintTable key={table.key} format={format} table={table} values={report.values} computed={computed} />
        ))}
        <div className="print-signature">
          {lines.map((line, i) => (
            <p key={i} className="print-signature-line">
              {line.map(([label, value]) => (
                <span key={label} className="print-signature-item">
                  {label}
                  <span className="print-signature-value">{value}</span>
                </span>
              ))}
            </p>
          ))}
        </div>
      </article>
    </div>
  );
}

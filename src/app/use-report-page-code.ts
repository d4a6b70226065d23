/**
 * The report page's code for React: loaded by a plain effect instead of `React.lazy`. A lazy component shows its
 * Suspense fallback and React then holds the real page back for at least 300 ms after the fallback appeared (its
 * fallback throttling): that alone made the report page take twice as long to an editable grid as the same grid
 * on a bare page. The load itself starts earlier, in `report-page-code.ts`, when the app opens on a report.
 */
import { useEffect, useState } from 'react';
import { loadReportPageCode, loadedReportPageCode, type ReportPageModule } from './report-page-code';

export type ReportPageCode = { module: ReportPageModule } | { error: string } | undefined;

/** The loaded module once `needed` (the report route is shown); undefined while it loads. */
export function useReportPageCode(needed: boolean): ReportPageCode {
  const [code, setCode] = useState<ReportPageCode>(() => {
    const loaded = loadedReportPageCode();
    return loaded ? { module: loaded } : undefined;
  });
  useEffect(() => {
    if (!needed || code) return;
    let live = true;
    loadReportPageCode().then(
      (module) => live && setCode({ module }),
      () => live && setCode({ error: '报表页的程序未能加载。请检查网络连接后刷新页面。' }),
    );
    return () => {
      live = false;
    };
  }, [needed, code]);
  return code;
}

/**
 * The report page's code (the grid, the heaviest chunk), loaded by a plain effect instead of `React.lazy`.
 * A lazy component shows its Suspense fallback and React then holds the real page back for at least 300 ms
 * after the fallback appeared (its fallback throttling): that alone made the report page take twice as long
 * to an editable grid as the same grid on a bare page. Loading starts as this module is evaluated when the
 * app is opened straight on a report (a reload, a bookmark), so it overlaps the database's preparation.
 */
import { useEffect, useState } from 'react';
import type * as ReportPageExports from '@/features/report-entry/report-page';
import { parseRoute } from './route';

type ReportPageModule = typeof ReportPageExports;

let loaded: ReportPageModule | undefined;
let loading: Promise<ReportPageModule> | undefined;

function loadReportPageCode(): Promise<ReportPageModule> {
  loading ??= import('@/features/report-entry/report-page').then((module) => (loaded = module));
  // A failed load (offline before the service worker cached it) may be retried on the next visit.
  loading.catch(() => (loading = undefined));
  return loading;
}

if (parseRoute(window.location.hash).page === 'report') void loadReportPageCode().catch(() => undefined);

export type ReportPageCode = { module: ReportPageModule } | { error: string } | undefined;

/** The loaded module once `needed` (the report route is shown); undefined while it loads. */
export function useReportPageCode(needed: boolean): ReportPageCode {
  const [code, setCode] = useState<ReportPageCode>(loaded ? { module: loaded } : undefined);
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

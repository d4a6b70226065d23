/**
 * The report page's code (the grid, the heaviest chunk) and the one place that loads it. `index.html` runs
 * this module as a script of its own, before the app's entry: opened straight on a report (a reload, a
 * bookmark), the page's chunks are then requested while React and the storage code are still arriving,
 * instead of after the whole entry has run (about 90 ms later, measured). It imports nothing of
 * React or storage, so it runs as soon as it has arrived.
 */
import type * as ReportPageExports from '@/features/report-entry/report-page';
import { parseRoute } from './route';

export type ReportPageModule = typeof ReportPageExports;

let loaded: ReportPageModule | undefined;
let loading: Promise<ReportPageModule> | undefined;

export function loadReportPageCode(): Promise<ReportPageModule> {
  loading ??= import('@/features/report-entry/report-page').then((module) => (loaded = module));
  // A failed load (offline before the service worker cached it) may be retried on the next visit.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The module once it has loaded, else undefined. */
export function loadedReportPageCode(): ReportPageModule | undefined {
  return loaded;
}

if (parseRoute(window.location.hash).page === 'report') void loadReportPageCode().catch(() => undefined);

import { lazy, Suspense } from 'react';
import { NoticeList } from '@/features/report-entry/notice-list';
import { AppHeader } from './app-header';
import { OperatorName } from './operator-name';
import { DemoBanner } from './demo-banner';
import { HomeContainer } from './home-container';
import { pageHref, parseRoute, reportHref, type Route, useRoute } from './route';
import { UpdateBanner } from './update-banner';
import { useWorkspaceDb, type WorkspaceState } from './use-workspace-db';
import { currentWorkspace, type Workspace } from './workspace';
import { WorkspaceNotices } from './workspace-notices';

// The grid is the heaviest code: the home page opens without it, and the service worker precaches its chunk.
const loadReportPage = () => import('@/features/report-entry/report-page');
// Opened straight on a report (a reload, a bookmark): its code loads while the database is being prepared,
// instead of after it (about a third of the time to an editable grid).
if (parseRoute(window.location.hash).page === 'report') void loadReportPage();
const ReportPage = lazy(async () => ({ default: (await loadReportPage()).ReportPage }));
const OfficePage = lazy(async () => ({ default: (await import('@/features/office/office-page')).OfficePage }));
const UnitsPage = lazy(async () => ({ default: (await import('@/features/units/units-page')).UnitsPage }));
const PrintPage = lazy(async () => ({ default: (await import('@/features/print/print-page')).PrintPage }));
const BackupReminder = lazy(async () => ({
  default: (await import('@/features/backup/backup-reminder')).BackupReminder,
}));
const BackupPage = lazy(async () => ({ default: (await import('@/features/backup/backup-page')).BackupPage }));
const ImportPage = lazy(async () => ({ default: (await import('@/features/import/import-page')).ImportPage }));
const ReportTextPage = lazy(async () => ({
  default: (await import('@/features/report-text/report-text-page')).ReportTextPage,
}));

export function App() {
  const workspace = currentWorkspace();
  const route = useRoute();
  const state = useWorkspaceDb(workspace);
  return (
    <>
      <AppHeader workspace={workspace}>{state.ready && !state.error && <OperatorName db={state.db} />}</AppHeader>
      {workspace === 'demo' && <DemoBanner />}
      <UpdateBanner />
      <WorkspaceNotices state={state} />
      <main className="app-main">
        {state.ready && !state.error ? <Page route={route} workspace={workspace} state={state} /> : null}
        {!state.ready && <p>正在打开数据…</p>}
      </main>
    </>
  );
}

function Page({ route, workspace, state }: { route: Route; workspace: Workspace; state: WorkspaceState }) {
  switch (route.page) {
    case 'report':
      return (
        <Suspense fallback={<p>正在打开报表…</p>}>
          <ReportPage reportId={route.reportId} workspace={workspace} />
        </Suspense>
      );
    case 'units':
      return (
        <Suspense fallback={<p>正在打开单位管理…</p>}>
          <UnitsPage db={state.db} />
        </Suspense>
      );
    case 'print':
      return (
        <Suspense fallback={<p>正在打开打印页…</p>}>
          <PrintPage db={state.db} reportId={route.reportId} />
        </Suspense>
      );
    case 'text':
      return (
        <Suspense fallback={<p>正在打开年度报告正文…</p>}>
          <ReportTextPage db={state.db} reportId={route.reportId} />
        </Suspense>
      );
    case 'backup':
      return (
        <Suspense fallback={<p>正在打开备份恢复…</p>}>
          <BackupPage db={state.db} />
        </Suspense>
      );
    case 'office':
      return (
        <Suspense fallback={<p>正在打开汇总审核…</p>}>
          <OfficePage db={state.db} workspace={workspace} reportHref={reportHref} />
        </Suspense>
      );
    case 'import':
      return (
        <Suspense fallback={<p>正在打开导入页…</p>}>
          <ImportPage db={state.db} reportHref={reportHref} />
        </Suspense>
      );
    case 'home':
      return (
        <>
          <NoticeList />
          <Suspense fallback={null}>
            <BackupReminder db={state.db} backupHref={pageHref('backup')} />
          </Suspense>
          <HomeContainer db={state.db} />
        </>
      );
    default:
      return <p>此页面正在建设中。</p>;
  }
}

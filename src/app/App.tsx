import { lazy, Suspense } from 'react';
import { NoticeList } from '@/features/report-entry/notice-list';
import { AppHeader } from './app-header';
import { DemoBanner } from './demo-banner';
import { HomeContainer } from './home-container';
import { pageHref, reportHref, type Route, useRoute } from './route';
import { UpdateBanner } from './update-banner';
import { useReportPageCode, type ReportPageCode } from './use-report-page-code';
import { useWorkspaceDb, type WorkspaceState } from './use-workspace-db';
import { currentWorkspace, type Workspace } from './workspace';
import { WorkspaceNotices } from './workspace-notices';

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
  // The grid is the heaviest code: the home page opens without it, and the service worker precaches its chunk.
  const reportPage = useReportPageCode(route.page === 'report');
  return (
    <>
      <AppHeader workspace={workspace} />
      {workspace === 'demo' && <DemoBanner />}
      <UpdateBanner />
      <WorkspaceNotices state={state} />
      <main className="app-main">
        {state.ready && !state.error ? (
          <Page route={route} workspace={workspace} state={state} reportPage={reportPage} />
        ) : null}
        {!state.ready && <p>正在打开数据…</p>}
      </main>
    </>
  );
}

interface PageProps {
  route: Route;
  workspace: Workspace;
  state: WorkspaceState;
  reportPage: ReportPageCode;
}

function Page({ route, workspace, state, reportPage }: PageProps) {
  switch (route.page) {
    case 'report':
      if (!reportPage) return <p>正在打开报表…</p>;
      if ('error' in reportPage) return <p role="alert">{reportPage.error}</p>;
      return <reportPage.module.ReportPage reportId={route.reportId} workspace={workspace} />;
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

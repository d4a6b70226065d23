import { lazy, type ReactNode, Suspense } from 'react';
import { NoticeList } from '@/widgets/shared/notice-list';
import { AppHeader } from './app-header';
import { DemoBanner } from './demo-banner';
import { HomeContainer } from './home-container';
import { OperatorName } from './operator-name';
import { pageHref, reportHref, type Route } from './route';
import { useRoute } from './use-route';
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
  const usable = state.ready && !state.error && !state.savedByNewerVersion;
  return (
    <>
      <AppHeader workspace={workspace}>{usable && <OperatorName db={state.db} />}</AppHeader>
      {workspace === 'demo' && <DemoBanner />}
      <UpdateBanner />
      <WorkspaceNotices state={state} />
      <main className="app-main">
        {usable ? (
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
  const { db } = state;
  switch (route.page) {
    case 'report':
      if (!reportPage) return <p>正在打开报表…</p>;
      if ('error' in reportPage) return <p role="alert">{reportPage.error}</p>;
      return <reportPage.module.ReportPage reportId={route.reportId} workspace={workspace} />;
    case 'units':
      return <Opening what="单位管理"><UnitsPage db={db} /></Opening>;
    case 'print':
      return <Opening what="打印页"><PrintPage db={db} reportId={route.reportId} /></Opening>;
    case 'text':
      return <Opening what="年度报告正文"><ReportTextPage db={db} reportId={route.reportId} /></Opening>;
    case 'backup':
      return <Opening what="备份恢复"><BackupPage db={db} /></Opening>;
    case 'office':
      return (
        <Opening what="汇总审核"><OfficePage db={db} workspace={workspace} reportHref={reportHref} /></Opening>
      );
    case 'import':
      return <Opening what="导入页"><ImportPage db={db} reportHref={reportHref} /></Opening>;
    case 'home':
      return (
        <>
          <NoticeList />
          <HomeContainer db={db} />
          {/* Below the table: a banner appearing above it would move the buttons a clerk is about to click. */}
          <Suspense fallback={null}>
            <BackupReminder db={db} backupHref={pageHref('backup')} />
          </Suspense>
        </>
      );
  }
}

/** A lazily loaded page, with a plain line while its code arrives (from the service worker's cache offline). */
function Opening({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<p>正在打开{what}…</p>}>{children}</Suspense>;
}

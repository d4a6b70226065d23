import { AppHeader } from './app-header';
import { DemoBanner } from './demo-banner';
import { HomePage, type HomeUnit } from './home-page';
import { reportHref, useRoute } from './route';
import { UpdateBanner } from './update-banner';
import { currentWorkspace } from './workspace';

// TEMPORARY WIRING: fixed sample rows until the home page reads units and years from the workspace database.
const TEMPORARY_UNITS: HomeUnit[] = [
  { id: 'temporary-district-office', name: '湛河区人民政府办公室', kind: '区/市政府办公室' },
  { id: 'temporary-department', name: '湛河区教育局', kind: '区直单位' },
  { id: 'temporary-town', name: '曹镇乡', kind: '乡镇/街道' },
];
const TEMPORARY_YEARS = [2023, 2024, 2025];
// TEMPORARY WIRING: a report id is made from unit and year until storage hands out real ids.
const temporaryOpen = (unitId: string, year: number) => {
  window.location.hash = reportHref(`${unitId}-${year}`);
};

export function App() {
  const workspace = currentWorkspace();
  const route = useRoute();
  return (
    <>
      <AppHeader workspace={workspace} />
      {workspace === 'demo' && <DemoBanner />}
      <UpdateBanner />
      <main className="app-main">
        {route.page === 'home' ? (
          <HomePage units={TEMPORARY_UNITS} years={TEMPORARY_YEARS} onOpen={temporaryOpen} />
        ) : (
          // The report page (src/features/report-entry) plugs in here with route.reportId.
          <p>报表页面尚未接入（报表编号：{route.reportId}）。</p>
        )}
      </main>
    </>
  );
}

/**
 * The collecting office's page (汇总审核): choose an area and a year, then the dashboard of its units, the
 * area total with drill-down and exports, and the year-on-year review. Everything is read live: a unit's edit
 * in another tab shows here at once.
 */
import { useEffect, useState } from 'react';
import { NoticeList } from '@/widgets/shared/notice-list';
import { useNoticeStore } from '@/state/notice-store';
import { useSelectionStore } from '@/state/selection-store';
import type { Workspace, XxgkDb } from '@/storage/db';
import { useUnits, useYears } from '@/storage/live-hooks';
import { ConsolidationView } from './consolidation-view';
import { DashboardView } from './dashboard-view';
import { areaUnits } from '@/domain/units/unit-kinds';
import { defaultOfficeYear } from './dashboard-rows';
import { officeToday } from './office-today';
import { useOfficeData } from './use-office-data';
import { YearView } from './year-view';
import { PublishedBatch } from './published-batch';
import { RosterView } from '@/widgets/units/roster-view';
import './office.css';

interface Props {
  db: XxgkDb;
  workspace: Workspace;
  /** Address of a unit's report page (the app owns the routes). */
  reportHref: (reportId: string) => string;
  /** The area and year to show first (e.g. when the home page opens an area's total); defaults otherwise. */
  initialAreaId?: string;
  initialYear?: number;
}

type Tab = 'dashboard' | 'roster' | 'total' | 'year' | 'published';
const TABS: readonly { key: Tab; label: string }[] = [
  { key: 'dashboard', label: '填报进度' },
  { key: 'roster', label: '报送名单' },
  { key: 'total', label: '汇总表' },
  { key: 'year', label: '上年对照' },
  { key: 'published', label: '年报核对' },
];

export function OfficePage({ db, workspace, reportHref, initialAreaId, initialYear }: Props) {
  const today = officeToday(workspace, window.location.search);
  const [chosenArea, setArea] = useState<string | undefined>(initialAreaId);
  const [chosenYear, setYear] = useState<number | undefined>(initialYear);
  const [tab, setTab] = useState<Tab>('dashboard');
  const years = useYears(db);
  const defaultYear = years ? defaultOfficeYear(years, today) : undefined;
  const year = chosenYear ?? defaultYear;
  const units = useUnits(db);
  const areas = units ? areaUnits(units) : [];
  const areaId = areas.find((a) => a.id === chosenArea)?.id ?? areas[0]?.id;
  const data = useOfficeData(db, units, areaId, year, today);
  // A cell selected on another page must not open a drill-down here; messages belong to the page shown.
  useEffect(() => {
    useSelectionStore.getState().clear();
    useNoticeStore.getState().clear();
  }, []);

  if (!units || !years) return <p>正在读取单位和报表…</p>;
  if (areas.length === 0) {
    return (
      <p className="of-empty">
        还没有“区域汇总”单位（如“某某区（全区）”）。请在“单位管理”中添加一个类型为“区域汇总”的单位，并把各部门、乡镇街道的上级设为它。
      </p>
    );
  }
  const yearOptions = [...new Set([...(year === undefined ? [] : [year]), ...years])].sort((a, b) => b - a);
  return (
    <div className="of-page">
      <div className="of-choose">
        <label>
          汇总区域
          <select aria-label="汇总区域" value={areaId ?? ''} onChange={(e) => setArea(e.target.value)}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          年度
          <select aria-label="年度" value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y} 年度
              </option>
            ))}
          </select>
        </label>
        <div className="of-tabs" role="tablist" aria-label="汇总审核">
          {TABS.map((t) => (
            <button
              key={t.key}
              type="button"
              role="tab"
              aria-selected={tab === t.key}
              className={tab === t.key ? 'of-tab of-tab-on' : 'of-tab'}
              onClick={() => setTab(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <NoticeList />
      {!data ? (
        <p>正在汇总…</p>
      ) : tab === 'dashboard' ? (
        <DashboardView db={db} data={data} today={today} reportHref={reportHref} onYear={setYear} />
      ) : tab === 'roster' ? (
        <RosterView
          db={db}
          area={data.area}
          year={data.year}
          units={data.units}
          roster={data.roster}
          filing={data.filing}
          receiptOf={(unitId) => data.rows.find((r) => r.unit.id === unitId)?.receipt ?? '未报送'}
          onYear={setYear}
        />
      ) : tab === 'total' ? (
        <ConsolidationView data={data} reportHref={reportHref} />
      ) : tab === 'published' ? (
        <PublishedBatch area={data.area} year={data.year} units={data.units} />
      ) : (
        <YearView db={db} data={data} reportHref={reportHref} onYear={setYear} />
      )}
    </div>
  );
}

/** The home page fed from the workspace: live units and report summaries; opening creates the report if needed. */
import { useMemo, useState } from 'react';
import { kindLabel } from '@/domain/units/unit-kinds';
import { showNotice } from '@/state/notice-store';
import type { XxgkDb } from '@/storage/db';
import { useReportsOfYears, useUnits, useYears } from '@/storage/live-hooks';
import { reportsRepo } from '@/storage/reports-repo';
import { homeCells, homeYears, KIND_ORDER } from './home-data';
import { HomePage } from './home-page';
import { YearPicker } from './year-picker';
import { pageHref, reportHref } from './route';

export function HomeContainer({ db }: { db: XxgkDb }) {
  const units = useUnits(db);
  const stored = useYears(db);
  const [picked, setPicked] = useState<number[]>([]);
  const years = useMemo(() => homeYears([...(stored ?? []), ...picked], new Date()), [stored, picked]);
  const reports = useReportsOfYears(db, years);
  const cells = useMemo(() => homeCells(reports ?? []), [reports]);
  const shown = useMemo(
    () =>
      (units ?? [])
        .filter((u) => !u.archived)
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
        .map((u) => ({ id: u.id, name: u.name, kind: kindLabel(u.kind), isArea: u.kind === '区域汇总' })),
    [units],
  );
  // Drawn once everything is read, so no button moves under a clerk's pointer as data arrives.
  if (units === undefined || stored === undefined || reports === undefined) return <p>正在读取单位…</p>;

  const open = async (unitId: string, year: number) => {
    const existing = cells.get(`${unitId}:${year}`)?.reportId;
    // An area's total is the consolidation of its units unless figures were stored for it (old reports).
    if (!existing && units.find((u) => u.id === unitId)?.kind === '区域汇总') {
      window.location.hash = pageHref('office');
      return;
    }
    const id = existing ?? (await reportsRepo(db).getOrCreate(unitId, year)).id;
    window.location.hash = reportHref(id);
  };
  return (
    <>
      <YearPicker shown={years} onPick={(year) => setPicked((p) => [...p, year])} />
      <HomePage
      units={shown}
      years={years}
      statusOf={(unitId, year) => cells.get(`${unitId}:${year}`)?.status}
      onOpen={(unitId, year) => {
        open(unitId, year).catch((error: unknown) =>
          showNotice({ tone: 'error', title: error instanceof Error ? error.message : '无法打开报表，请重试。' }),
        );
      }}
      />
    </>
  );
}

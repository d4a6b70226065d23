/**
 * The units page: every unit that files reports, with its kind, parent, credit code, contact and aliases;
 * add, edit in place, archive, delete and restore, merge. Reads live from storage, so a change made in another
 * tab shows at once; every write goes through the units repository and waits for its commit.
 */
import { useMemo, useState } from 'react';
import type { XxgkDb } from '@/storage/db';
import { useAllUnits, useReportsOfYears, useYears } from '@/storage/live-hooks';
import { unitsRepo } from '@/storage/units-repo';
import { AddUnitForm } from './add-unit-form';
import { DEFAULT_FILTER, filterUnits, sortByName, type UnitFilter } from '@/widgets/units/unit-filter';
import { UNIT_COLUMNS, UnitTableRow } from './unit-table-row';
import { UnitsFilterBar } from './units-filter-bar';
import { useUnitAction } from '@/widgets/units/use-unit-action';
import './units.css';

const NO_YEARS: readonly number[] = [];

export function UnitsPage({ db }: { db: XxgkDb }) {
  const repo = useMemo(() => unitsRepo(db), [db]);
  const stored = useAllUnits(db);
  // Every list on the page (rows, parent and merge choices) in pinyin order.
  const units = useMemo(() => (stored ? sortByName(stored) : undefined), [stored]);
  const years = useYears(db);
  const reports = useReportsOfYears(db, years ?? NO_YEARS);
  const action = useUnitAction();
  const [filter, setFilter] = useState<UnitFilter>(DEFAULT_FILTER);
  const [adding, setAdding] = useState(false);

  const yearsByUnit = useMemo(() => {
    const map = new Map<string, number[]>();
    for (const r of reports ?? []) map.set(r.unitId, [...(map.get(r.unitId) ?? []), r.year]);
    for (const list of map.values()) list.sort((a, b) => a - b);
    return map;
  }, [reports]);

  if (units === undefined) return <p>正在读取单位列表…</p>;
  const shown = filterUnits(units, filter);
  const live = units.filter((u) => u.deletedAt === undefined);

  return (
    <section className="units-page" aria-labelledby="units-title">
      <div className="units-top">
        <h2 id="units-title">单位管理</h2>
        <button
          type="button"
          className="units-primary"
          disabled={action.busy || adding}
          onClick={() => {
            action.clear();
            setAdding(true);
          }}
        >
          添加单位
        </button>
      </div>
      {adding && <AddUnitForm repo={repo} units={live} action={action} onClose={() => setAdding(false)} />}
      <UnitsFilterBar filter={filter} onChange={setFilter} />
      <div className="units-message" role="status" aria-live="polite">
        {action.message && (
          <p className={action.message.tone === 'error' ? 'units-error' : 'units-ok'}>{action.message.text}</p>
        )}
      </div>
      <table className="units-table">
        <caption>
          共 {live.length} 个单位，显示 {shown.length} 个
          {action.busy && <span className="units-busy">正在保存…</span>}
        </caption>
        <thead>
          <tr>
            {UNIT_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <UnitTableRow
              key={u.id}
              unit={u}
              units={units}
              years={yearsByUnit.get(u.id) ?? NO_YEARS}
              repo={repo}
              action={action}
            />
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={UNIT_COLUMNS.length} className="units-empty">
                没有符合条件的单位。可点击“添加单位”新建，或调整上面的筛选条件。
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

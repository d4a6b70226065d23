/**
 * 报送名单: the units an area expects a report from in one year. Set up by pasting names, edited in the same table
 * (kind per unit, parent for many at once, removal), carried to the next year with one action. Without a roster
 * the dashboard follows the units placed under the area; one click makes those the roster.
 */
import { useState } from 'react';
import { isUnitKind, kindLabel, UNIT_KINDS } from '@/domain/units/unit-kinds';
import type { RosterRow, UnitRow, XxgkDb } from '@/storage/db';
import { rosterRepo } from '@/storage/office/roster-repo';
import { unitsRepo } from '@/storage/units-repo';
import { RosterPasteBox } from './roster-paste-box';
import { parentCandidates } from './unit-filter';
import { useUnitAction } from './use-unit-action';
import './roster.css';

interface Props {
  db: XxgkDb;
  area: UnitRow;
  year: number;
  units: readonly UnitRow[];
  roster: RosterRow | null;
  /** Units filing into the area by their parents (offered as the first roster). */
  filing: readonly UnitRow[];
  /** The receipt state of each unit this year. */
  receiptOf: (unitId: string) => string;
  onYear: (year: number) => void;
}

export function RosterView({ db, area, year, units, roster, filing, receiptOf, onYear }: Props) {
  const action = useUnitAction();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [parentId, setParentId] = useState(area.id);
  const byId = new Map(units.map((u) => [u.id, u]));
  const members = (roster?.unitIds ?? []).flatMap((id) => {
    const u = byId.get(id);
    return u ? [u] : [];
  });
  const repo = rosterRepo(db);
  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chosen = members.filter((u) => picked.has(u.id)).map((u) => u.id);

  return (
    <div className="roster-view">
      <h3>
        {area.name} {year} 年度报送名单（{members.length} 个单位）
      </h3>
      {action.message && (
        <p
          role={action.message.tone === 'error' ? 'alert' : 'status'}
          className={`roster-msg roster-${action.message.tone}`}
        >
          {action.message.text}
        </p>
      )}
      {!roster && (
        <p>
          尚未建立 {year} 年度报送名单，填报进度目前按上级单位列出 {filing.length} 个单位。
          {filing.length > 0 && (
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  await repo.addUnits(
                    area.id,
                    year,
                    filing.map((u) => u.id),
                  );
                  return `已以这 ${filing.length} 个单位建立 ${year} 年度报送名单。`;
                })
              }
            >
              以这些单位建立名单
            </button>
          )}
        </p>
      )}
      <RosterPasteBox db={db} area={area} year={year} units={units} action={action} />
      {members.length > 0 && (
        <>
          <div className="roster-bulk">
            <label>
              <input
                type="checkbox"
                aria-label="全选"
                checked={chosen.length === members.length}
                onChange={(e) => setPicked(new Set(e.target.checked ? members.map((u) => u.id) : []))}
              />
              全选
            </label>
            <label>
              所选单位的上级
              <select aria-label="所选单位的上级" value={parentId} onChange={(e) => setParentId(e.target.value)}>
                <option value="">（无）</option>
                {parentCandidates(units).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={action.busy || chosen.length === 0}
              onClick={() =>
                void action.run(async () => {
                  await repo.setParentOfMany(chosen, parentId || undefined);
                  return `已设置 ${chosen.length} 个单位的上级单位。`;
                })
              }
            >
              设置上级（{chosen.length} 个）
            </button>
            <button
              type="button"
              disabled={action.busy || chosen.length === 0 || !roster}
              onClick={() =>
                void action.run(async () => {
                  if (roster) await repo.remove(area.id, year, chosen, roster.rev);
                  setPicked(new Set());
                  return `已从名单中移除 ${chosen.length} 个单位（单位本身和报表都保留）。`;
                })
              }
            >
              从名单中移除
            </button>
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  const n = await repo.carryToNextYear(area.id, year);
                  onYear(year + 1);
                  return `已把 ${n} 个单位带入 ${year + 1} 年度报送名单。`;
                })
              }
            >
              带入 {year + 1} 年度
            </button>
          </div>
          <table className="roster-table" aria-label="报送名单">
            <thead>
              <tr>
                <th scope="col">选择</th>
                <th scope="col">单位</th>
                <th scope="col">单位类型</th>
                <th scope="col">上级单位</th>
                <th scope="col">报送</th>
              </tr>
            </thead>
            <tbody>
              {members.map((u) => (
                <tr key={u.id} data-unit={u.name}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`选择${u.name}`}
                      checked={picked.has(u.id)}
                      onChange={(e) => toggle(u.id, e.target.checked)}
                    />
                  </td>
                  <th scope="row">{u.name}</th>
                  <td>
                    <select
                      aria-label={`${u.name}的类型`}
                      value={u.kind}
                      disabled={action.busy}
                      onChange={(e) => {
                        const kind = e.target.value;
                        if (isUnitKind(kind))
                          void action.run(() =>
                            unitsRepo(db)
                              .setKind(u.id, kind)
                              .then(() => undefined),
                          );
                      }}
                    >
                      {UNIT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {kindLabel(k)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="roster-parent">{u.parentId ? (byId.get(u.parentId)?.name ?? '—') : '（无）'}</td>
                  <td>{receiptOf(u.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

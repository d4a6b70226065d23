/**
 * Pasting the 报送名单: a list of names (one a line, or a column copied from Excel) is read at once into a table
 * where each name shows whether it is a unit already stored, a new one (kind taken from its ending, changeable
 * here), or close to a stored name (是否为同一单位？ — one click keeps the pasted name as that unit's alias).
 */
import { useMemo, useState } from 'react';
import type { UnitKind } from '@/domain/format/types';
import { nearReportingUnit } from '@/domain/units/near-names';
import { parseRosterPaste } from '@/domain/units/roster-paste';
import { areaUnits, isUnitKind, kindLabel, UNIT_KINDS } from '@/domain/units/unit-kinds';
import { normalizeUnitName } from '@/domain/units/unit-name';
import type { UnitRow, XxgkDb } from '@/storage/db';
import { rosterRepo } from '@/storage/office/roster-repo';
import { unitsRepo } from '@/storage/units-repo';
import type { UnitAction } from './use-unit-action';

interface Props {
  db: XxgkDb;
  area: UnitRow;
  year: number;
  units: readonly UnitRow[];
  action: UnitAction;
}

export function RosterPasteBox({ db, area, year, units, action }: Props) {
  const [text, setText] = useState('');
  const [kinds, setKinds] = useState<Record<string, UnitKind>>({});
  const [parentId, setParentId] = useState(area.id);
  const pasted = useMemo(() => parseRosterPaste(text), [text]);
  const byKey = useMemo(() => {
    const map = new Map<string, UnitRow>();
    for (const u of units) for (const k of u.searchKeys) map.set(k, u);
    return map;
  }, [units]);
  const entries = pasted.map((p) => {
    const existing = byKey.get(normalizeUnitName(p.name));
    const near = existing ? undefined : nearReportingUnit(p.name, units, [area]);
    return { ...p, kind: kinds[p.name] ?? p.kind, existing, near };
  });
  const created = entries.filter((e) => !e.existing).length;

  const sameUnit = (name: string, unit: UnitRow) =>
    action.run(async () => {
      await unitsRepo(db).setAliases(unit.id, [...unit.aliases, name]);
      return `已把“${name}”记为“${unit.name}”的别名。`;
    });
  const add = () =>
    action.run(async () => {
      const done = await rosterRepo(db).addNames(area.id, year, entries, parentId);
      setText('');
      setKinds({});
      return `已加入 ${year} 年度报送名单 ${done.unitIds.length} 个单位（新建 ${done.created} 个，已有 ${done.matched} 个）。`;
    });

  return (
    <section className="roster-paste" aria-label="粘贴单位名单">
      <label className="roster-paste-text">
        <span>粘贴单位名称（每行一个，或从 Excel 复制一列）</span>
        <textarea
          aria-label="粘贴单位名称"
          rows={6}
          value={text}
          disabled={action.busy}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {entries.length > 0 && (
        <>
          <table className="roster-table" aria-label="待加入的单位">
            <thead>
              <tr>
                <th scope="col">单位名称</th>
                <th scope="col">单位类型</th>
                <th scope="col">核对</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.name} data-name={e.name}>
                  <th scope="row">{e.name}</th>
                  <td>
                    {e.existing ? (
                      kindLabel(e.existing.kind)
                    ) : (
                      <select
                        aria-label={`${e.name}的类型`}
                        value={e.kind}
                        onChange={(ev) => {
                          const kind = ev.target.value;
                          if (isUnitKind(kind)) setKinds((k) => ({ ...k, [e.name]: kind }));
                        }}
                      >
                        {UNIT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {kindLabel(k)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td>
                    {e.existing ? (
                      <span>已有单位“{e.existing.name}”</span>
                    ) : e.near ? (
                      <span className="roster-near">
                        是否为同一单位？“{e.near.name}”
                        <button
                          type="button"
                          disabled={action.busy}
                          onClick={() => e.near && void sameUnit(e.name, e.near)}
                        >
                          是同一单位
                        </button>
                        （否则新建）
                      </span>
                    ) : (
                      <span>新建</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="roster-paste-actions">
            <label>
              新单位的上级
              <select aria-label="新单位的上级" value={parentId} onChange={(e) => setParentId(e.target.value)}>
                {areaUnits(units).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={action.busy} onClick={() => void add()}>
              加入报送名单（{entries.length} 个，新建 {created} 个）
            </button>
          </div>
        </>
      )}
    </section>
  );
}

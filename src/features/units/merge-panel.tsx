/**
 * Merges a duplicate unit into another. The repository refuses when both have a report for the same year;
 * its Chinese message is shown as it is.
 */
import { useState } from 'react';
import type { UnitRow } from '@/storage/db';
import type { UnitsRepo } from '@/storage/units-repo';
import { mergeTargets } from '@/widgets/units/unit-filter';
import type { UnitAction } from '@/widgets/units/use-unit-action';

interface Props {
  unit: UnitRow;
  units: readonly UnitRow[];
  repo: UnitsRepo;
  action: UnitAction;
  onClose: () => void;
}

export function MergePanel({ unit, units, repo, action, onClose }: Props) {
  const targets = mergeTargets(units, unit.id);
  const [intoId, setIntoId] = useState('');
  const into = targets.find((u) => u.id === intoId);
  const { busy } = action;

  const merge = async () => {
    if (!into) return;
    const ok = await action.run(async () => {
      const merged = await repo.merge(unit.id, into.id);
      return `已把“${unit.name}”合并到“${merged.name}”：报表、修改记录和批注已移过去，“${unit.name}”已成为它的曾用名。`;
    });
    if (ok) onClose();
  };

  return (
    <div className="units-merge" role="group" aria-label={`合并“${unit.name}”`}>
      <label className="units-field">
        <span>把“{unit.name}”合并到</span>
        <select value={intoId} onChange={(e) => setIntoId(e.target.value)} disabled={busy}>
          <option value="">（请选择保留的单位）</option>
          {targets.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      {into && (
        <p className="units-hint">
          “{unit.name}”的报表、修改记录和批注将移到“{into.name}”，它的名称成为“{into.name}
          ”的曾用名，然后它被删除。两个单位有同一年度的报表时不能合并。
        </p>
      )}
      <div className="units-form-actions">
        <button type="button" className="units-primary" onClick={() => void merge()} disabled={busy || !into}>
          确定合并
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          取消
        </button>
      </div>
    </div>
  );
}

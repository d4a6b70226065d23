/**
 * Adds a unit: name, kind (taken from the name's ending until chosen), optional parent, credit code (checked
 * live) and contact. A name already used is said at once; a name close to a stored unit's is offered as
 * 是否为同一单位？, one click keeping it as that unit's alias instead of a second unit.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { UnitKind } from '@/domain/format/types';
import { kindFromName } from '@/domain/units/kind-from-name';
import { areaUnits } from '@/domain/units/unit-kinds';
import { nearReportingUnit } from '@/domain/units/near-names';
import { cleanUnitName, normalizeUnitName } from '@/domain/units/unit-name';
import type { UnitRow } from '@/storage/db';
import type { UnitsRepo } from '@/storage/units-repo';
import { CreditCodeField, creditCodeError } from './credit-code-field';
import { KindSelect, ParentSelect, TextField } from './unit-fields';
import { parentCandidates } from '@/widgets/units/unit-filter';
import type { UnitAction } from '@/widgets/units/use-unit-action';

interface Props {
  repo: UnitsRepo;
  units: readonly UnitRow[];
  action: UnitAction;
  onClose: () => void;
}

export function AddUnitForm({ repo, units, action, onClose }: Props) {
  const [name, setName] = useState('');
  // Null while the clerk has not chosen: the kind follows the name (…街道 → 乡镇街道).
  const [chosenKind, setKind] = useState<UnitKind | null>(null);
  const kind = chosenKind ?? kindFromName(name);
  // With one area in the workspace a new unit most likely reports to it (a unit without a parent reaches no
  // area's dashboard); the clerk may still choose (无).
  const [parentId, setParentId] = useState(() => soleArea(units)?.id ?? '');
  const [creditCode, setCreditCode] = useState('');
  const [contactPerson, setContactPerson] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const { busy } = action;
  const key = normalizeUnitName(name);
  // Asked again only when the name or the units change, not at each key typed in the other fields.
  const { taken, near } = useMemo(() => {
    const taken = key === '' ? undefined : units.find((u) => u.searchKeys.includes(key));
    const near = key === '' || taken ? undefined : nearReportingUnit(name, units, areaUnits(units));
    return { taken, near };
  }, [key, name, units]);
  const blocked = key === '' || taken !== undefined || creditCodeError(creditCode) !== undefined;

  const sameUnit = async (unit: UnitRow) => {
    const alias = cleanUnitName(name);
    const ok = await action.run(async () => {
      await repo.setAliases(unit.id, [...unit.aliases, alias]);
      return `已把“${alias}”记为“${unit.name}”的别名，没有新建单位。`;
    });
    if (ok) onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    const ok = await action.run(async () => {
      const unit = await repo.create({
        name,
        kind,
        ...(parentId ? { parentId } : {}),
        ...(creditCode.trim() ? { creditCode } : {}),
        contactPerson,
        contactPhone,
      });
      return `已添加单位“${unit.name}”。`;
    });
    if (ok) onClose();
  };

  return (
    <form className="units-form" aria-label="添加单位" onSubmit={(e) => void submit(e)}>
      <h3>添加单位</h3>
      <div className="units-form-fields">
        <TextField label="单位名称（全称）" value={name} onChange={setName} disabled={busy} wide required />
        <KindSelect value={kind} onChange={setKind} disabled={busy} />
        <ParentSelect value={parentId} candidates={parentCandidates(units)} onChange={setParentId} disabled={busy} />
        <CreditCodeField value={creditCode} onChange={setCreditCode} disabled={busy} />
        <TextField label="联系人" value={contactPerson} onChange={setContactPerson} disabled={busy} />
        <TextField label="联系电话" value={contactPhone} onChange={setContactPhone} disabled={busy} />
      </div>
      <div className="units-form-actions">
        <button type="submit" className="units-primary" disabled={busy || blocked}>
          保存
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          取消
        </button>
        {key === '' && <span className="units-hint">请填写单位名称。</span>}
        {taken && (
          <span className="units-hint" role="status">
            已有单位“{taken.name}”使用这个名称（名称或曾用名），不必再添加。
          </span>
        )}
      </div>
      {near && (
        <p className="units-near" role="status">
          是否为同一单位？已有“{near.name}”。
          <button type="button" disabled={busy} onClick={() => void sameUnit(near)}>
            是同一单位（记为别名）
          </button>
          不是则点“保存”新建。
        </p>
      )}
    </form>
  );
}

function soleArea(units: readonly UnitRow[]): UnitRow | undefined {
  const areas = areaUnits(units);
  return areas.length === 1 ? areas[0] : undefined;
}

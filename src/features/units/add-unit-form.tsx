/** Adds a unit: name, kind, optional parent, credit code (checked live) and contact. */
import { useState, type FormEvent } from 'react';
import type { UnitKind } from '@/domain/format/types';
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
  const [kind, setKind] = useState<UnitKind>('部门');
  const [parentId, setParentId] = useState('');
  const [creditCode, setCreditCode] = useState('');
  const [contactPerson, setContactPerson] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const { busy } = action;
  const blocked = name.trim() === '' || creditCodeError(creditCode) !== undefined;

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
        {name.trim() === '' && <span className="units-hint">请填写单位名称。</span>}
      </div>
    </form>
  );
}

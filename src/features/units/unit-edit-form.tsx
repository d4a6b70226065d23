/** Edits a unit in place, in its own table row: every field, with aliases as one comma / 顿号 list. */
import { useState, type FormEvent } from 'react';
import { StaleNotice, staleOf, type Stale } from '@/widgets/shared/stale-notice';
import { useUnsavedWork } from '@/state/unsaved-work';
import type { UnitRow } from '@/storage/db';
import { StaleWriteError } from '@/storage/errors';
import { unitRev, type UnitsRepo } from '@/storage/units-repo';
import { applyUnitEdit } from './apply-unit-edit';
import { CreditCodeField, creditCodeError } from './credit-code-field';
import { draftOf, planUnitEdit, type UnitDraft } from './unit-edit-plan';
import { KindSelect, ParentSelect, TextField } from './unit-fields';
import { parentCandidates } from '@/widgets/units/unit-filter';
import type { UnitAction } from '@/widgets/units/use-unit-action';

interface Props {
  unit: UnitRow;
  units: readonly UnitRow[];
  repo: UnitsRepo;
  action: UnitAction;
  onClose: () => void;
}

export function UnitEditForm({ unit, units, repo, action, onClose }: Props) {
  // The unit as the form read it: the edit is written against this version.
  const [base, setBase] = useState<UnitRow>(unit);
  const [draft, setDraft] = useState<UnitDraft>(() => draftOf(unit));
  const [stale, setStale] = useState<{ notice: Stale; current: UnitRow } | undefined>();
  const set =
    <K extends keyof UnitDraft>(key: K) =>
    (value: UnitDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const { busy } = action;
  const blocked = draft.name.trim() === '' || creditCodeError(draft.creditCode) !== undefined;
  const touched = planUnitEdit(base, draft).length > 0;
  useUnsavedWork(touched, '单位信息未保存');
  // Nothing typed yet: a newer version saved in another window simply shows.
  if (!touched && !stale && unitRev(unit) !== unitRev(base)) {
    setBase(unit);
    setDraft(draftOf(unit));
  }

  const attempt = async (from: UnitRow) => {
    const steps = planUnitEdit(from, draft);
    let refused = false;
    const ok = await action.run(async () => {
      try {
        const said = await applyUnitEdit(repo, from, steps, unitRev(from));
        setStale(undefined);
        return said;
      } catch (error) {
        const notice = staleOf(error);
        if (!notice || !(error instanceof StaleWriteError)) throw error;
        refused = true;
        setStale({ notice, current: error.current as UnitRow });
      }
    });
    if (ok && !refused) onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blocked) void attempt(base);
  };

  const takeTheirs = (current: UnitRow) => {
    setBase(current);
    setDraft(draftOf(current));
    setStale(undefined);
  };

  const keepMine = (current: UnitRow) => {
    // Written over the other window's version, as a change from what it stored.
    setBase(current);
    void attempt(current);
  };

  return (
    <form className="units-form units-edit" aria-label={`修改单位“${unit.name}”`} onSubmit={(e) => void submit(e)}>
      <div className="units-form-fields">
        <TextField label="单位名称（全称）" value={draft.name} onChange={set('name')} disabled={busy} wide required />
        <KindSelect value={draft.kind} onChange={set('kind')} disabled={busy} />
        <ParentSelect
          value={draft.parentId}
          candidates={parentCandidates(units, unit.id)}
          onChange={set('parentId')}
          disabled={busy}
        />
        <CreditCodeField value={draft.creditCode} onChange={set('creditCode')} disabled={busy} />
        <TextField label="联系人" value={draft.contactPerson} onChange={set('contactPerson')} disabled={busy} />
        <TextField label="联系电话" value={draft.contactPhone} onChange={set('contactPhone')} disabled={busy} />
        <TextField
          label="曾用名/别名（用逗号或顿号分隔）"
          value={draft.aliasesText}
          onChange={set('aliasesText')}
          disabled={busy}
          wide
        />
      </div>
      {stale && (
        <StaleNotice
          stale={stale.notice}
          busy={busy}
          onTakeTheirs={() => takeTheirs(stale.current)}
          onKeepMine={() => keepMine(stale.current)}
        />
      )}
      <p className="units-hint">改名后，原名称会自动保留为曾用名，导入写着旧名称的文件时仍能认出本单位。</p>
      <div className="units-form-actions">
        <button type="submit" className="units-primary" disabled={busy || blocked}>
          保存修改
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          取消
        </button>
      </div>
    </form>
  );
}

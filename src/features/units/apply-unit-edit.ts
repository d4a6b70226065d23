/** Runs an edit plan against the repository, step by step, and says in Chinese what was saved. */
import { StaleWriteError } from '@/storage/errors';
import type { UnitsRepo } from '@/storage/units-repo';
import { STEP_LABELS, type EditStep } from './unit-edit-plan';

async function runStep(repo: UnitsRepo, unitId: string, s: EditStep): Promise<void> {
  switch (s.step) {
    case 'rename':
      await repo.rename(unitId, s.name);
      return;
    case 'aliases':
      await repo.setAliases(unitId, s.aliases);
      return;
    case 'kind':
      await repo.setKind(unitId, s.kind);
      return;
    case 'parent':
      await repo.setParent(unitId, s.parentId);
      return;
    case 'creditCode':
      await repo.setCreditCode(unitId, s.code);
      return;
    case 'contact':
      await repo.setContact(unitId, { contactPerson: s.contactPerson, contactPhone: s.contactPhone });
      return;
  }
}

/**
 * All steps are one transaction, written against the unit's version when the form opened: when one is refused
 * (or another window edited the unit meanwhile) nothing is saved, and the message says what was not saved.
 * A `StaleWriteError` passes unchanged so the form can offer 用对方的版本 / 保留我的版本.
 */
export async function applyUnitEdit(
  repo: UnitsRepo,
  unit: { id: string; name: string },
  steps: readonly EditStep[],
  expectedRev: number,
): Promise<string> {
  if (steps.length === 0) return '没有修改，无需保存。';
  let failed: EditStep | undefined;
  try {
    await repo.editAt(unit.id, expectedRev, async () => {
      for (const s of steps) {
        failed = s;
        await runStep(repo, unit.id, s);
      }
    });
  } catch (error) {
    if (error instanceof StaleWriteError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const from = failed ? steps.indexOf(failed) : 0;
    const notSaved = steps
      .slice(from)
      .map((x) => STEP_LABELS[x.step])
      .join('、');
    const before = steps.slice(0, from).map((x) => STEP_LABELS[x.step]);
    const alsoUndone = before.length > 0 ? `（${before.join('、')}也未保存）` : '';
    throw new Error(`未保存：${notSaved}${alsoUndone}。原因：${reason}`, { cause: error });
  }
  const done = steps.map((s) => STEP_LABELS[s.step]);
  const rename = steps.find((s) => s.step === 'rename');
  const kept = rename ? `原名称“${unit.name}”已保留为曾用名，导入旧文件时仍能认出。` : '';
  return `已保存“${rename ? rename.name : unit.name}”的修改（${done.join('、')}）。${kept}`;
}

/** Runs an edit plan against the repository, step by step, and says in Chinese what was saved. */
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
 * Each step is its own transaction (as the repository offers them). When one is refused the steps before it
 * stay saved and the message says which were saved and which were not, so nothing is lost silently.
 */
export async function applyUnitEdit(
  repo: UnitsRepo,
  unit: { id: string; name: string },
  steps: readonly EditStep[],
): Promise<string> {
  if (steps.length === 0) return '没有修改，无需保存。';
  const done: string[] = [];
  for (const [i, s] of steps.entries()) {
    try {
      await runStep(repo, unit.id, s);
      done.push(STEP_LABELS[s.step]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const notSaved = steps.slice(i).map((x) => STEP_LABELS[x.step]).join('、');
      const saved = done.length > 0 ? `已保存：${done.join('、')}。` : '';
      throw new Error(`${saved}未保存：${notSaved}。原因：${reason}`, { cause: error });
    }
  }
  const rename = steps.find((s) => s.step === 'rename');
  const kept = rename ? `原名称“${unit.name}”已保留为曾用名，导入旧文件时仍能认出。` : '';
  return `已保存“${rename ? rename.name : unit.name}”的修改（${done.join('、')}）。${kept}`;
}

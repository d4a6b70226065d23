import type { UnitRow } from '@/storage/db';
import { createDb } from '@/storage/db';
import { unitsRepo } from '@/storage/units-repo';
import { applyUnitEdit } from '@/features/units/apply-unit-edit';
import { draftOf, planUnitEdit } from '@/features/units/unit-edit-plan';

const VALID_CODE = '91350100M000100Y43';

const base: UnitRow = {
  id: 'u1',
  name: '湛河区发展和改革委员会',
  aliases: ['区发改委'],
  searchKeys: [],
  kind: '部门',
  archived: false,
  createdAt: 0,
  updatedAt: 0,
};

describe('planUnitEdit', () => {
  it('plans nothing for an untouched form', () => {
    expect(planUnitEdit(base, draftOf(base))).toEqual([]);
  });

  it('renames first and does not reset the aliases the rename keeps', () => {
    const steps = planUnitEdit(base, { ...draftOf(base), name: ' 湛河区发展改革委 ' });
    expect(steps).toEqual([{ step: 'rename', name: '湛河区发展改革委' }]);
  });

  it('keeps the old name when the alias list is edited during a rename', () => {
    const steps = planUnitEdit(base, { ...draftOf(base), name: '新名称', aliasesText: '区发改委、发改委' });
    expect(steps).toEqual([
      { step: 'rename', name: '新名称' },
      { step: 'aliases', aliases: ['区发改委', '发改委', '湛河区发展和改革委员会'] },
    ]);
  });

  it('writes only the fields that changed, credit code normalised', () => {
    const steps = planUnitEdit(base, {
      ...draftOf(base),
      kind: '其他',
      parentId: 'p1',
      creditCode: ` ${VALID_CODE.toLowerCase()} `,
      contactPhone: '0375-1234567',
    });
    expect(steps).toEqual([
      { step: 'kind', kind: '其他' },
      { step: 'parent', parentId: 'p1' },
      { step: 'creditCode', code: VALID_CODE },
      { step: 'contact', contactPerson: '', contactPhone: '0375-1234567' },
    ]);
  });

  it('clears the parent and the code when their boxes are emptied', () => {
    const unit = { ...base, parentId: 'p1', creditCode: VALID_CODE };
    expect(planUnitEdit(unit, { ...draftOf(unit), parentId: '', creditCode: '' })).toEqual([
      { step: 'parent', parentId: undefined },
      { step: 'creditCode', code: undefined },
    ]);
  });
});

describe('applyUnitEdit against the repository', () => {
  it('renames, keeps the old name as an alias, and says so', async () => {
    const db = createDb(`units-edit-${Math.random()}`);
    const repo = unitsRepo(db);
    const unit = await repo.create({ name: '甲局', kind: '部门' });
    const steps = planUnitEdit(unit, { ...draftOf(unit), name: '乙局', contactPerson: '张三' });
    const message = await applyUnitEdit(repo, unit, steps, 0);
    expect(message).toContain('原名称“甲局”已保留为曾用名');
    const stored = await repo.get(unit.id);
    expect(stored?.name).toBe('乙局');
    expect(stored?.aliases).toEqual(['甲局']);
    expect(stored?.contactPerson).toBe('张三');
    db.close();
  });

  it('says which steps were saved when a later one is refused', async () => {
    const db = createDb(`units-edit-${Math.random()}`);
    const repo = unitsRepo(db);
    await repo.create({ name: '丙局', kind: '部门' });
    const unit = await repo.create({ name: '丁局', kind: '部门' });
    const steps = planUnitEdit(unit, { ...draftOf(unit), kind: '其他', aliasesText: '丙局' });
    await expect(applyUnitEdit(repo, unit, steps, 0)).rejects.toThrow(
      /^未保存：曾用名\/别名、单位类型。原因：名称“丙局”已被单位“丙局”使用/,
    );
    expect((await repo.get(unit.id))?.kind).toBe('部门');
    db.close();
  });
});

/** One unit in the list, with its actions; editing and merging open in place below it. */
import { useState } from 'react';
import type { UnitRow } from '@/storage/db';
import type { UnitsRepo } from '@/storage/units-repo';
import { formatAliasList } from './alias-list';
import { MergePanel } from './merge-panel';
import { UnitEditForm } from './unit-edit-form';
import { unitState } from '@/widgets/units/unit-filter';
import { kindLabel } from '@/domain/units/unit-kinds';
import type { UnitAction } from '@/widgets/units/use-unit-action';

export const UNIT_COLUMNS = [
  '单位名称',
  '类型',
  '上级单位',
  '统一社会信用代码',
  '联系人',
  '联系电话',
  '曾用名/别名',
  '报表年度',
  '状态',
  '操作',
] as const;

const STATE_CLASS = { 正常: 'units-live', 已归档: 'units-archived', 已删除: 'units-deleted' } as const;

type Mode = 'view' | 'edit' | 'merge' | 'confirmDelete';

interface Props {
  unit: UnitRow;
  units: readonly UnitRow[];
  years: readonly number[];
  repo: UnitsRepo;
  action: UnitAction;
}

export function UnitTableRow({ unit, units, years, repo, action }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const parent = unit.parentId ? units.find((u) => u.id === unit.parentId) : undefined;
  const state = unitState(unit);
  const close = () => setMode('view');
  const open = (m: Mode) => {
    action.clear();
    setMode(m);
  };
  const { busy } = action;
  const name = unit.name;
  const act = (write: () => Promise<unknown>, done: string, after?: () => void) =>
    void action.run(async () => {
      await write();
      after?.();
      return done;
    });
  const archive = () =>
    act(() => repo.archive(unit.id), `已归档“${name}”：报表都保留着，勾选“显示已归档”可再看到它。`);
  const restore = () => act(() => repo.restore(unit.id), `已恢复单位“${name}”及其报表。`);
  const unarchive = () => act(() => repo.unarchive(unit.id), `已取消归档“${name}”。`);
  const remove = () =>
    act(() => repo.softDelete(unit.id), `已删除“${name}”。勾选“显示已删除”可找到并恢复它。`, close);

  return (
    <>
      <tr className={`units-row ${STATE_CLASS[state]}`}>
        <th scope="row">{name}</th>
        <td>{kindLabel(unit.kind)}</td>
        <td>{parent?.name ?? ''}</td>
        <td className="units-code">{unit.creditCode ?? ''}</td>
        <td>{unit.contactPerson ?? ''}</td>
        <td>{unit.contactPhone ?? ''}</td>
        <td>{formatAliasList(unit.aliases)}</td>
        <td>{years.join('、')}</td>
        <td>{state}</td>
        <td className="units-actions">
          {state === '已删除' ? (
            <button type="button" disabled={busy} onClick={restore} aria-label={`恢复${name}`}>
              恢复
            </button>
          ) : (
            <>
              <button type="button" disabled={busy} onClick={() => open('edit')} aria-label={`修改${name}`}>
                修改
              </button>
              {unit.archived ? (
                <button type="button" disabled={busy} aria-label={`取消归档${name}`} onClick={unarchive}>
                  取消归档
                </button>
              ) : (
                <button type="button" disabled={busy} aria-label={`归档${name}`} onClick={archive}>
                  归档
                </button>
              )}
              <button type="button" disabled={busy} onClick={() => open('merge')} aria-label={`合并${name}`}>
                合并…
              </button>
              <button type="button" disabled={busy} onClick={() => open('confirmDelete')} aria-label={`删除${name}`}>
                删除
              </button>
            </>
          )}
        </td>
      </tr>
      {mode !== 'view' && (
        <tr className="units-detail-row">
          <td colSpan={UNIT_COLUMNS.length}>
            {mode === 'edit' && <UnitEditForm unit={unit} units={units} repo={repo} action={action} onClose={close} />}
            {mode === 'merge' && <MergePanel unit={unit} units={units} repo={repo} action={action} onClose={close} />}
            {mode === 'confirmDelete' && (
              <div className="units-confirm" role="alertdialog" aria-label={`删除“${name}”`}>
                <p>确定删除“{name}”吗？删除后可在“已删除”中恢复，它的报表也随之恢复。</p>
                <div className="units-form-actions">
                  <button type="button" className="units-danger" disabled={busy} onClick={remove}>
                    确定删除
                  </button>
                  <button type="button" disabled={busy} onClick={close}>
                    取消
                  </button>
                </div>
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

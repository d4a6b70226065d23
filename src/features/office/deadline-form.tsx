/**
 * The office's two reporting deadlines for a data year, chosen as dates of the following year and stored as
 * month and day (so they apply to every year). Defaults are the legal dates, 1月31日 and 3月31日.
 */
import { useState } from 'react';
import { deadlineFor, LEGAL_DEADLINES, type DeadlineConfig } from '@/domain/office/deadlines';
import { showNotice } from '@/state/notice-store';
import { useVersionedSave } from '@/widgets/shared/use-versioned-save';
import { useUnsavedWork } from '@/state/unsaved-work';
import type { XxgkDb } from '@/storage/db';
import { useDeadlineSetting } from '@/storage/office/office-hooks';
import { resetDeadlineConfig, saveDeadlineConfig } from '@/storage/office/deadline-setting';

interface Props {
  db: XxgkDb;
  year: number;
  config: DeadlineConfig;
}

function toMonthDay(iso: string): { month: number; day: number } | undefined {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : undefined;
}

interface DateEdit {
  departments: string;
  governments: string;
  /** The stored version the edit started from. */
  baseRev: number;
}

export function DeadlineForm({ db, year, config: initial }: Props) {
  const setting = useDeadlineSetting(db);
  const config = setting?.config ?? initial;
  const rev = setting?.rev ?? 0;
  // Dates chosen but not saved; until then the stored dates show, also when another window saves new ones.
  const [edit, setEdit] = useState<DateEdit | undefined>();
  const { busy, run: runSave, notice } = useVersionedSave('截止日期未保存，请重试。');
  const departments = edit?.departments ?? deadlineFor('部门', year, config);
  const governments = edit?.governments ?? deadlineFor('区域汇总', year, config);
  const isLegal = JSON.stringify(config) === JSON.stringify(LEGAL_DEADLINES);
  useUnsavedWork(edit !== undefined, '截止日期未保存');

  const choose = (key: 'departments' | 'governments', value: string) =>
    setEdit((e) => ({ departments, governments, baseRev: e?.baseRev ?? rev, [key]: value }));

  const run = (action: () => Promise<void>, done: string) => runSave(action, done, () => setEdit(undefined));

  const save = (expectedRev: number) => {
    const d = toMonthDay(departments);
    const g = toMonthDay(governments);
    if (!d || !g) {
      showNotice({ tone: 'error', title: '请为两类单位都选择截止日期。设置未保存。' });
      return;
    }
    const config = { departments: d, governments: g };
    void run(() => saveDeadlineConfig(db, config, expectedRev), '截止日期已保存，适用于每个年度。');
  };

  const reset = () => {
    setEdit(undefined);
    void run(() => resetDeadlineConfig(db, rev), '已恢复法定截止日期（1月31日、3月31日）。');
  };

  return (
    <details className="of-deadlines">
      <summary>截止日期设置{isLegal ? '（法定日期）' : '（本单位自定）'}</summary>
      <div className="of-deadline-fields">
        <label>
          部门、乡镇街道报送截止
          <input type="date" value={departments} onChange={(e) => choose('departments', e.target.value)} />
        </label>
        <label>
          政府本级、下级区域报送截止
          <input type="date" value={governments} onChange={(e) => choose('governments', e.target.value)} />
        </label>
        <button type="button" onClick={() => save(edit?.baseRev ?? rev)} disabled={busy}>
          保存
        </button>
        <button type="button" onClick={reset} disabled={busy || isLegal}>
          恢复法定日期
        </button>
      </div>
      {notice(
        () => setEdit(undefined),
        (theirsRev) => save(theirsRev),
      )}
      <p className="of-hint">按月、日保存，每个年度通用。法定期限：部门 1月31日前、政府 3月31日前（条例第五十条）。</p>
    </details>
  );
}

/**
 * Writes beside the cells (填写说明, unit edits, deadlines) name the version they were read at: a write against
 * an older version is refused inside its transaction and changes nothing; written against the version the
 * refusal names (保留我的版本) it goes through, and the replaced note stays in the history.
 */
import { createDb, type XxgkDb } from '@/storage/db';
import { StaleWriteError } from '@/storage/errors';
import { readDeadlineSetting, resetDeadlineConfig, saveDeadlineConfig } from '@/storage/office/deadline-setting';
import { explanationRev, reportsRepo } from '@/storage/reports-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { unitRev, unitsRepo } from '@/storage/units-repo';

const opened: XxgkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function setup() {
  const db = createDb(`stale-${crypto.randomUUID()}`);
  opened.push(db);
  await settingsRepo(db).setOperatorName('王晓');
  const units = unitsRepo(db);
  const unit = await units.create({ name: '湛河区教育局', kind: '部门' });
  const reports = reportsRepo(db);
  const report = await reports.getOrCreate(unit.id, 2025);
  return { db, units, unit, reports, reportId: report.id };
}

async function refusal(promise: Promise<unknown>): Promise<StaleWriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaleWriteError);
  return error as StaleWriteError;
}

describe('stale writes beside the cells', () => {
  it('refuses a 填写说明 saved against an older version and keeps both on a knowing overwrite', async () => {
    const { reports, reportId } = await setup();
    await reports.setExplanation(reportId, 'X1:a', '甲窗口：上年数据有误', '王晓', 0);
    const error = await refusal(reports.setExplanation(reportId, 'X1:a', '乙窗口：已核实', '李四', 0));
    expect(error.message).toContain('另一个窗口（王晓，');
    expect(error.current).toBe('甲窗口：上年数据有误');
    let row = await reports.getReport(reportId);
    expect(row?.explanations['X1:a']).toBe('甲窗口：上年数据有误');
    await reports.setExplanation(reportId, 'X1:a', '乙窗口：已核实', '李四', error.theirs?.rev ?? -1);
    row = await reports.getReport(reportId);
    expect(row?.explanations['X1:a']).toBe('乙窗口：已核实');
    expect(row && explanationRev(row, 'X1:a')).toBe(2);
    expect(row?.explanationHistory?.map((h) => h.text)).toEqual(['甲窗口：上年数据有误']);
  });

  it('refuses a unit edit form opened before another window saved, storing none of its steps', async () => {
    const { units, unit } = await setup();
    await units.editAt(unit.id, 0, () => units.setContact(unit.id, { contactPerson: '张三' }));
    const error = await refusal(
      units.editAt(unit.id, 0, async () => {
        await units.rename(unit.id, '湛河区教育体育局');
        await units.setContact(unit.id, { contactPerson: '李四' });
      }),
    );
    expect(error.message).toContain('单位“湛河区教育局”的信息已在另一个窗口（王晓，');
    const stored = await units.get(unit.id);
    expect(stored).toMatchObject({ name: '湛河区教育局', contactPerson: '张三' });
    expect(stored && unitRev(stored)).toBe(1);
  });

  it('refuses deadlines saved against an older version', async () => {
    const { db } = await setup();
    const mine = { departments: { month: 1, day: 15 }, governments: { month: 2, day: 28 } };
    await saveDeadlineConfig(db, mine, 0);
    const other = { departments: { month: 1, day: 20 }, governments: { month: 3, day: 1 } };
    await refusal(saveDeadlineConfig(db, other, 0));
    await refusal(resetDeadlineConfig(db, 0));
    expect(await readDeadlineSetting(db)).toEqual({ config: mine, rev: 1 });
    await saveDeadlineConfig(db, other, 1);
    expect(await readDeadlineSetting(db)).toEqual({ config: other, rev: 2 });
  });
});

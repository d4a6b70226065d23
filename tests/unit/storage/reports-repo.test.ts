import { HUAIAN_2024_STATED, HUAIAN_2024_VALUES } from '@/domain/examples/huaian-2024';
import { indexFormat } from '@/domain/format/format-index';
import { formatFor } from '@/domain/formats/registry';
import { checkCompletion } from '@/domain/rules/completion';
import { checkReport } from '@/domain/rules/engine';
import { createDb, type XxgkDb } from '@/storage/db';
import { ConflictError, RefusedError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { refreshSummariesIfRulesChanged } from '@/storage/summary-refresh';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from './fresh-db';

const NATURAL_IN = 't3.received.natural';
const NATURAL_DISCLOSED = 't3.disclosed.natural';

async function setup(kind: '部门' | '区域汇总' = '部门') {
  const db = freshDb();
  const unit = await unitsRepo(db).create({ name: '湛河区教育局', kind });
  return { db, unit, reports: reportsRepo(db) };
}

/** A write made through a second connection to the same database, as another tab would make it. */
async function inAnotherTab(db: XxgkDb, write: (other: XxgkDb) => Promise<unknown>): Promise<void> {
  const other = createDb(db.name);
  try {
    await write(other);
  } finally {
    other.close();
  }
}

/** A 2021-format report with every input 0: clean, complete-able. */
async function zeroReport(db: XxgkDb, unitId: string, year: number) {
  const reports = reportsRepo(db);
  const report = await reports.getOrCreate(unitId, year);
  const zeros = indexFormat(formatFor(year)!).inputs.map((f) => ({ field: f.key, value: 0, expected: null }));
  await reports.commitCells(report.id, zeros, '测试');
  return report.id;
}

describe('getOrCreate', () => {
  it('chooses the format by year and returns the same report on a second call', async () => {
    const { unit, reports } = await setup();
    expect((await reports.getOrCreate(unit.id, 2025)).formatId).toBe('national-2021');
    expect((await reports.getOrCreate(unit.id, 2020)).formatId).toBe('national-2019');
    expect((await reports.getOrCreate(unit.id, 2017)).formatId).toBe(formatFor(2017)?.id);
    expect(formatFor(2017)?.years).toEqual({ from: 2014, to: 2018 });
    const first = await reports.getOrCreate(unit.id, 2024);
    await reports.commitCells(first.id, [{ field: NATURAL_IN, value: 1, expected: null }], '张三');
    const again = await reports.getOrCreate(unit.id, 2024);
    expect(again.id).toBe(`${unit.id}:2024`);
    expect(again.values[NATURAL_IN]).toBe(1);
    await expect(reports.getOrCreate(unit.id, 2013)).rejects.toThrow(/2013 年没有适用的统计表格式/);
  });

  it('starts blank: every input counted as blank in the summary', async () => {
    const { unit, reports } = await setup();
    const report = await reports.getOrCreate(unit.id, 2025);
    expect(report.values).toEqual({});
    expect(report.status).toBe('草稿');
    expect(report.summary.blank).toBe(indexFormat(formatFor(2025)!).inputs.length);
  });
});

describe('commitCells', () => {
  it('writes values and records old, new and who in the history', async () => {
    const { unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    await reports.commitCells(id, [{ field: NATURAL_IN, value: 5, expected: null }], '张三');
    const { report, changed } = await reports.commitCells(id, [{ field: NATURAL_IN, value: 0, expected: 5 }], '李四');
    expect(changed).toBe(1);
    expect(report.rev).toBe(2);
    expect((await reports.getReport(id))?.values[NATURAL_IN]).toBe(0);
    const history = await reports.history(id, NATURAL_IN);
    expect(history.map((h) => [h.old, h.new, h.who])).toEqual([
      [null, 5, '张三'],
      [5, 0, '李四'],
    ]);
    await reports.commitCells(id, [{ field: NATURAL_IN, value: null, expected: 0 }], '李四');
    expect(NATURAL_IN in ((await reports.getReport(id))?.values ?? {})).toBe(false);
  });

  it('refuses a computed or unknown cell and writes nothing of the batch', async () => {
    const { unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    const good = { field: NATURAL_IN, value: 2, expected: null };
    await expect(
      reports.commitCells(id, [good, { field: 't3.received.total', value: 2, expected: null }], '张三'),
    ).rejects.toThrow(/自动合计的单元格，不能直接填写/);
    await expect(
      reports.commitCells(id, [good, { field: 't9.x.y', value: 1, expected: null }], '张三'),
    ).rejects.toThrow(RefusedError);
    const stored = await reports.getReport(id);
    expect(stored?.values).toEqual({});
    expect(stored?.rev).toBe(0);
    expect(await reports.history(id, NATURAL_IN)).toEqual([]);
  });

  it('keeps the summary equal to the rule engine after each commit', async () => {
    const { unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    const format = formatFor(2025)!;
    const steps = [
      [{ field: NATURAL_IN, value: 4, expected: null }],
      [{ field: NATURAL_DISCLOSED, value: 3, expected: null }],
      [
        { field: 't3.carriedOut.natural', value: 1, expected: null },
        { field: 't2.regulations.valid', value: 2, expected: null },
      ],
      [{ field: 't4.review.upheld', value: 1, expected: null }],
    ];
    for (const changes of steps) {
      const { report } = await reports.commitCells(id, changes, '张三');
      const problems = checkReport(format, report.values, { unitKind: '部门' });
      const completion = checkCompletion(format, report.values, problems, report.explanations);
      expect(report.summary).toMatchObject({
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: problems.filter((p) => p.severity === 'warning').length,
        blank: completion.blankInputs,
        openErrors: completion.openErrors.length,
        openWarnings: completion.openWarnings.length,
      });
    }
    // After the last step: O1 holds (4 = 3 + 1), T3 warns for 规章 in a department.
    const last = await reports.check(id);
    expect(last.problems.map((p) => p.ruleId)).toEqual(['T3']);
    expect((await reports.getReport(id))?.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('detects a conflict with a write from another tab and writes nothing of the batch', async () => {
    const { db, unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    await reports.commitCells(id, [{ field: NATURAL_IN, value: 1, expected: null }], '张三');
    // A second connection to the same database, as another tab has.
    const otherTab = createDb(db.name);
    try {
      await reportsRepo(otherTab).commitCells(id, [{ field: NATURAL_IN, value: 7, expected: 1 }], '李四');
      const attempt = reports.commitCells(
        id,
        [
          { field: NATURAL_DISCLOSED, value: 1, expected: null },
          { field: NATURAL_IN, value: 2, expected: 1 },
        ],
        '张三',
      );
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
      expect(error.cells).toEqual([{ field: NATURAL_IN, expected: 1, current: 7, attempted: 2 }]);
      expect(error.message).toMatch(/已在其他窗口被修改/);
      const stored = await reports.getReport(id);
      expect(stored?.values).toEqual({ [NATURAL_IN]: 7 });
      // The same value already stored is not a conflict: nothing would be lost.
      const { changed } = await reports.commitCells(id, [{ field: NATURAL_IN, value: 7, expected: 1 }], '张三');
      expect(changed).toBe(0);
    } finally {
      otherTab.close();
    }
  });

  it('rounds money to 4 decimals', async () => {
    const { unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    const { report } = await reports.commitCells(
      id,
      [{ field: 't2.fees.amount', value: 1.234567, expected: null }],
      'x',
    );
    expect(report.values['t2.fees.amount']).toBe(1.2346);
  });
});

describe('completion', () => {
  it('blocks marking complete with the reasons, allows it once clean, and refuses edits until reopened', async () => {
    const { db, unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    await expect(reports.markComplete(id)).rejects.toThrow(/暂不能标记为“已完成”：还有 \d+ 个单元格未填写/);
    await zeroReport(db, unit.id, 2025);
    await reports.commitCells(id, [{ field: NATURAL_IN, value: 2, expected: 0 }], '张三');
    await expect(reports.markComplete(id)).rejects.toThrow(/还有 \d+ 个错误需要修改/);
    await reports.commitCells(id, [{ field: NATURAL_DISCLOSED, value: 2, expected: 0 }], '张三');
    const done = await reports.markComplete(id);
    expect(done.status).toBe('已完成');
    await expect(reports.commitCells(id, [{ field: NATURAL_IN, value: 3, expected: 2 }], '张三')).rejects.toThrow(
      /已标记为“已完成”，不能修改/,
    );
    expect((await reports.reopen(id)).status).toBe('草稿');
    await reports.commitCells(id, [{ field: NATURAL_IN, value: 3, expected: 2 }], '张三');
    expect((await reports.getReport(id))?.values[NATURAL_IN]).toBe(3);
  });
});

describe('cross-year checks in the summary', () => {
  it('counts X1 against the prior year, refreshes when last year changes, and lets an explanation unblock', async () => {
    const { db, unit, reports } = await setup();
    const lastYear = await zeroReport(db, unit.id, 2024);
    const thisYear = await zeroReport(db, unit.id, 2025);
    expect((await reports.getReport(thisYear))?.summary.errors).toBe(0);
    // Last year 1 carried out; this year's 上年结转 still says 0: X1 for 自然人 and 总计.
    await reports.commitCells(
      lastYear,
      [
        { field: NATURAL_IN, value: 1, expected: 0 },
        { field: 't3.carriedOut.natural', value: 1, expected: 0 },
      ],
      '张三',
    );
    const refreshed = await reports.getReport(thisYear);
    expect(refreshed?.summary).toMatchObject({ errors: 2, openErrors: 2 });
    const { problems } = await reports.check(thisYear);
    expect(problems.map((p) => p.ruleId)).toEqual(['X1', 'X1']);
    for (const p of problems) await reports.setExplanation(thisYear, p.key, '上年公布数字有误，已更正', '张三', 0);
    expect((await reports.getReport(thisYear))?.summary).toMatchObject({ errors: 2, openErrors: 0 });
    expect((await reports.markComplete(thisYear)).status).toBe('已完成');
  });

  it("rewrites next year's row only when its counts change, and then only its summary", async () => {
    const { db, unit, reports } = await setup();
    const lastYear = await zeroReport(db, unit.id, 2024);
    const thisYear = await zeroReport(db, unit.id, 2025);
    const before = await db.reports.get(thisYear);
    // 本年新收 of last year does not reach this year's checks: next year's row stays as it was.
    await reports.commitCells(lastYear, [{ field: NATURAL_IN, value: 3, expected: 0 }], '张三');
    expect(await db.reports.get(thisYear)).toEqual(before);
    // A carried-out figure does: X1 appears in this year's summary, its values and rev unchanged.
    await reports.commitCells(lastYear, [{ field: 't3.carriedOut.natural', value: 1, expected: 0 }], '张三');
    const after = await db.reports.get(thisYear);
    expect(after?.summary.errors).toBe(2);
    expect({ values: after?.values, rev: after?.rev }).toEqual({ values: before?.values, rev: before?.rev });
  });

  it("sees last year's report changed in another tab between two edits of this year", async () => {
    const { db, unit, reports } = await setup();
    const lastYear = await zeroReport(db, unit.id, 2024);
    const thisYear = await zeroReport(db, unit.id, 2025);
    await reports.commitCells(thisYear, [{ field: NATURAL_IN, value: 1, expected: 0 }], '张三');
    await inAnotherTab(db, (other) =>
      reportsRepo(other).commitCells(lastYear, [{ field: 't3.carriedOut.natural', value: 4, expected: 0 }], '李四'),
    );
    await reports.commitCells(thisYear, [{ field: NATURAL_IN, value: 2, expected: 1 }], '张三');
    const stored = await reports.getReport(thisYear);
    const { problems } = await reports.check(thisYear);
    expect(problems.some((p) => p.ruleId === 'X1')).toBe(true);
    expect(stored?.summary.errors).toBe(problems.filter((p) => p.severity === 'error').length);
    expect((await reports.history(thisYear, NATURAL_IN)).map((h) => h.new)).toEqual([0, 1, 2]);
  });

  it('sees the unit kind changed in another tab between two edits', async () => {
    const { db, unit, reports } = await setup();
    const id = await zeroReport(db, unit.id, 2025);
    await reports.commitCells(id, [{ field: 't2.regulations.valid', value: 1, expected: 0 }], '张三');
    expect((await reports.getReport(id))?.summary.warnings).toBe(1);
    await inAnotherTab(db, (other) => unitsRepo(other).setKind(unit.id, '设区的市政府本级'));
    await reports.commitCells(id, [{ field: 't2.regulations.valid', value: 2, expected: 1 }], '张三');
    expect((await reports.getReport(id))?.summary.warnings).toBe(0);
  });

  it("sees next year's report changed in another tab between two edits of last year", async () => {
    const { db, unit, reports } = await setup();
    const lastYear = await zeroReport(db, unit.id, 2024);
    const thisYear = await zeroReport(db, unit.id, 2025);
    await reports.commitCells(lastYear, [{ field: NATURAL_IN, value: 1, expected: 0 }], '张三');
    await inAnotherTab(db, (other) =>
      reportsRepo(other).commitCells(thisYear, [{ field: NATURAL_IN, value: 7, expected: 0 }], '李四'),
    );
    // Changes next year's X1 count, so next year's row is rewritten: from the stored row, not this tab's copy.
    await reports.commitCells(lastYear, [{ field: 't3.carriedOut.natural', value: 4, expected: 0 }], '张三');
    const next = await reports.getReport(thisYear);
    expect(next?.values[NATURAL_IN]).toBe(7);
    const { problems } = await reports.check(thisYear);
    expect(next?.summary.errors).toBe(problems.filter((p) => p.severity === 'error').length);
    expect(next?.summary.warnings).toBe(problems.filter((p) => p.severity === 'warning').length);
  });

  it('follows the unit kind for T3', async () => {
    const { db, unit, reports } = await setup();
    const id = await zeroReport(db, unit.id, 2025);
    await reports.commitCells(id, [{ field: 't2.regulations.valid', value: 1, expected: 0 }], '张三');
    expect((await reports.getReport(id))?.summary.warnings).toBe(1);
    await unitsRepo(db).setKind(unit.id, '设区的市政府本级');
    expect((await reports.getReport(id))?.summary.warnings).toBe(0);
  });
});

describe('importValues', () => {
  it('replaces the values, keeps the printed totals as stated, and checks them', async () => {
    const { unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2024);
    await reports.commitCells(id, [{ field: 't3.refusedQuery.legal', value: 9, expected: null }], '张三');
    const { report } = await reports.importValues(
      id,
      { values: HUAIAN_2024_VALUES, stated: HUAIAN_2024_STATED },
      '导入',
    );
    expect(report.values).toEqual(HUAIAN_2024_VALUES);
    expect(report.stated).toEqual(HUAIAN_2024_STATED);
    expect((await reports.check(id)).problems).toEqual([]);
    expect(await reports.history(id, 't3.refusedQuery.legal')).toMatchObject([{ new: 9 }, { old: 9, new: null }]);
    const wrongTotal = { ...HUAIAN_2024_STATED, 't4.review.total': 350 };
    await reports.importValues(id, { values: HUAIAN_2024_VALUES, stated: wrongTotal }, '导入');
    expect((await reports.check(id)).problems.map((p) => p.ruleId)).toEqual(['S3']);
    await expect(reports.importValues(id, { values: { 't3.received.total': 1 } }, '导入')).rejects.toThrow(
      /合计单元格/,
    );
  });
});

describe('summaries after a rule change', () => {
  it('recomputes stale summaries once when the rules fingerprint differs', async () => {
    const { db, unit, reports } = await setup();
    const { id } = await reports.getOrCreate(unit.id, 2025);
    await reports.commitCells(id, [{ field: NATURAL_IN, value: 3, expected: null }], '张三');
    expect(await refreshSummariesIfRulesChanged(db)).toBe(true);
    const fresh = (await reports.getReport(id))!.summary;
    // As if computed by an older release with other rules.
    await db.reports.update(id, { summary: { ...fresh, errors: 0, openErrors: 0 } });
    await db.settings.put({ key: 'summaryRulesFingerprint', value: 'older' });
    expect(await refreshSummariesIfRulesChanged(db)).toBe(true);
    expect((await reports.getReport(id))?.summary).toMatchObject({
      errors: fresh.errors,
      openErrors: fresh.openErrors,
    });
    expect(fresh.errors).toBeGreaterThan(0);
    expect(await refreshSummariesIfRulesChanged(db)).toBe(false);
  });
});

describe('listByYear', () => {
  it('returns the summaries of that year only, without values', async () => {
    const { db, unit, reports } = await setup();
    const other = await unitsRepo(db).create({ name: '区财政局', kind: '部门' });
    await reports.getOrCreate(unit.id, 2025);
    await reports.getOrCreate(other.id, 2025);
    await reports.getOrCreate(other.id, 2024);
    const list = await reports.listByYear(2025);
    expect(list.map((r) => r.unitId).sort()).toEqual([unit.id, other.id].sort());
    expect(list.every((r) => !('values' in r) && r.summary.blank > 0)).toBe(true);
  });
});

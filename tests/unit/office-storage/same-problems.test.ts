/**
 * One report, read by every place that lists its problems: the stored check (report page, print, summary), the
 * office's 退回修改 list, the import preview and the domain's problemsOf. All see the same problems, with the
 * unit's kind (T3), last year's report (X1) and the file's printed totals (S1) in the one context.
 */
import { formatFor } from '@/domain/formats/registry';
import { TABLE_PROBLEMS, problemsOf, reportContext } from '@/domain/rules/problems-of';
import { openProblemsOf } from '@/features/office/unit-problems';
import { previewProblems } from '@/widgets/import-preview/preview-model';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';

describe('the same problems for the same report everywhere', () => {
  it('stored check, office list, import preview and problemsOf agree', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '示例镇', kind: '乡镇街道' });
    const reports = reportsRepo(db);
    const prior = await reports.getOrCreate(unit.id, 2024);
    await reports.commitCells(prior.id, [{ field: 't3.carriedOut.natural', value: 3, expected: null }], '张三');
    const row = await reports.getOrCreate(unit.id, 2025);
    // 规章 filled by a township (T3), 上年结转 not matching last year (X1).
    await reports.commitCells(
      row.id,
      [
        { field: 't2.regulations.issued', value: 1, expected: null },
        { field: 't3.received.natural', value: 2, expected: null },
      ],
      '张三',
    );
    const stored = await reports.check(row.id);
    const priorRow = await reports.getReport(prior.id);
    const current = await reports.getReport(row.id);
    if (!current || !priorRow) throw new Error('reports missing');
    const format = formatFor(2025);
    if (!format) throw new Error('format missing');

    const keys = (ps: readonly { key: string }[]) => ps.map((p) => p.key).sort();
    const ctx = reportContext(unit.kind, priorRow);
    const fromDomain = problemsOf({ format, values: current.values }, ctx, TABLE_PROBLEMS);
    expect(fromDomain.map((p) => p.ruleId)).toEqual(expect.arrayContaining(['T3', 'X1', 'O1']));
    expect(keys(stored.problems)).toEqual(keys(fromDomain));
    expect(keys(previewProblems(format, current.values, { unitKind: unit.kind, ...ctx }))).toEqual(keys(fromDomain));
    const office = openProblemsOf({ ...current, explanations: {} }, priorRow, unit.kind);
    expect(keys(office?.problems ?? [])).toEqual(keys(fromDomain));
  });

  it('a file’s printed totals are checked wherever the report is read (S1)', () => {
    const format = formatFor(2025);
    if (!format) throw new Error('format missing');
    const report = { format, values: { 't3.received.natural': 2 }, stated: { 't3.received.total': 5 } };
    const s1 = problemsOf(report, {}, TABLE_PROBLEMS).filter((p) => p.ruleId === 'S1');
    expect(s1).toHaveLength(1);
    expect(problemsOf(report, {}, { rules: ['S1'] })).toEqual(s1);
    expect(problemsOf({ format, values: report.values }, {}, { rules: ['S1'] })).toEqual([]);
  });
});

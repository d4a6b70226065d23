import { commentsRepo } from '@/storage/comments-repo';
import { readCellComments, readReceivedVersions, readReportMarks } from '@/storage/cell-notes';
import { readCellHistory, readHistoryCounts } from '@/storage/history-rows';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../../storage/fresh-db';

const NATURAL = 't3.received.natural';
const BUSINESS = 't3.received.business';

async function setup() {
  const db = freshDb();
  const unit = await unitsRepo(db).create({ name: '湛河区教育局', kind: '部门' });
  const reports = reportsRepo(db);
  const report = await reports.getOrCreate(unit.id, 2024);
  const other = await reports.getOrCreate(unit.id, 2023);
  return { db, reports, id: report.id, otherId: other.id };
}

describe('cell notes reads', () => {
  it('counts history entries per cell of one report only', async () => {
    const { db, reports, id, otherId } = await setup();
    await reports.commitCells(id, [{ field: NATURAL, value: 1, expected: null }], '张三');
    await reports.commitCells(id, [{ field: NATURAL, value: 2, expected: 1 }], '李四');
    await reports.commitCells(id, [{ field: BUSINESS, value: 0, expected: null }], '张三');
    await reports.commitCells(otherId, [{ field: NATURAL, value: 7, expected: null }], '张三');
    expect(await readHistoryCounts(db, id)).toEqual({ [NATURAL]: 2, [BUSINESS]: 1 });
    const history = await readCellHistory(db, id, NATURAL);
    expect(history.map((h) => [h.who, h.old, h.new])).toEqual([
      ['张三', null, 1],
      ['李四', 1, 2],
    ]);
  });

  it('reads comments per cell and per report, oldest first', async () => {
    const { db, id, otherId } = await setup();
    const comments = commentsRepo(db);
    await comments.add(id, NATURAL, '请核实', '王五');
    await comments.add(id, NATURAL, '已核实', '张三');
    await comments.add(id, BUSINESS, '另一格', '张三');
    await comments.add(otherId, NATURAL, '别的报表', '张三');
    expect((await readCellComments(db, id, NATURAL)).map((c) => c.text)).toEqual(['请核实', '已核实']);
    const marks = await readReportMarks(db, id);
    expect(marks.comments.map((c) => c.text)).toEqual(['请核实', '已核实', '另一格']);
    expect(marks.historyCounts).toEqual({});
  });

  it('lists received files of a report newest first', async () => {
    const { db, id, otherId } = await setup();
    await db.receivedVersions.bulkAdd([
      { reportId: id, receivedAt: 100, fileName: 'a.xlsx', values: {} },
      { reportId: id, receivedAt: 300, fileName: 'c.xlsx', values: {} },
      { reportId: otherId, receivedAt: 400, fileName: 'x.xlsx', values: {} },
      { reportId: id, receivedAt: 200, fileName: 'b.xlsx', values: {} },
    ]);
    expect((await readReceivedVersions(db, id)).map((v) => v.fileName)).toEqual(['c.xlsx', 'b.xlsx', 'a.xlsx']);
  });
});

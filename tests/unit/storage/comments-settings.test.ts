import { commentsRepo } from '@/storage/comments-repo';
import { reportsRepo } from '@/storage/reports-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from './fresh-db';

describe('comments', () => {
  it('adds comments to a cell, lists them oldest first, and refuses an empty one or an unknown report', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '区财政局', kind: '部门' });
    const { id } = await reportsRepo(db).getOrCreate(unit.id, 2025);
    const comments = commentsRepo(db);
    await comments.add(id, 't3.received.natural', '比上年多一倍？', '审核员');
    await comments.add(id, 't3.received.natural', ' 已核实 ', '张三');
    await comments.add(id, 't3.disclosed.natural', '另一格', '张三');
    expect((await comments.ofCell(id, 't3.received.natural')).map((c) => [c.who, c.text])).toEqual([
      ['审核员', '比上年多一倍？'],
      ['张三', '已核实'],
    ]);
    expect(await comments.ofReport(id)).toHaveLength(3);
    await expect(comments.add(id, 't3.received.natural', '  ', '张三')).rejects.toThrow(/批注内容为空/);
    await expect(comments.add('nobody:2025', 't3.received.natural', '问', '张三')).rejects.toThrow(/找不到这份报表/);
  });
});

describe('settings', () => {
  it('keeps the operator name and the last backup time', async () => {
    const settings = settingsRepo(freshDb());
    expect(await settings.operatorName()).toBeUndefined();
    await settings.setOperatorName(' 王晓 ');
    expect(await settings.operatorName()).toBe('王晓');
    await expect(settings.setOperatorName(' ')).rejects.toThrow(/请填写您的姓名/);
    expect(await settings.operatorName()).toBe('王晓');
    await settings.setLastBackupAt(1_736_000_000_000);
    expect(await settings.lastBackupAt()).toBe(1_736_000_000_000);
  });
});

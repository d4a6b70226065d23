import { BACKUP_VERSION, type Backup, type BackupReport, type BackupUnit } from '@/domain/backup/backup-shape';
import { previewRestore, type ReportLike } from '@/domain/backup/preview-restore';
import type { UnitLike } from '@/domain/backup/match-units';

const unit = (id: string, name: string, more: Partial<BackupUnit> = {}): BackupUnit => ({
  id,
  name,
  aliases: [],
  kind: '部门',
  archived: false,
  createdAt: 1,
  updatedAt: 1,
  ...more,
});

const report = (unitId: string, year: number, values: Record<string, number>, more: Partial<BackupReport> = {}) => ({
  id: `${unitId}:${year}`,
  unitId,
  year,
  formatId: 'national-2021',
  values,
  explanations: {},
  status: '草稿' as const,
  rev: 1,
  ...more,
});

const backupOf = (units: BackupUnit[], reports: BackupReport[]): Backup => ({
  kind: 'xxgk-backup',
  version: BACKUP_VERSION,
  createdAt: 1,
  app: { schema: 1 },
  workspace: 'main',
  units,
  reports,
  comments: [],
});

describe('previewRestore', () => {
  // The workspace: 区教体局 (now named so here), 区财政局, 区档案馆 (only here).
  const currentUnits: UnitLike[] = [
    unit('mine-edu', '区教体局', { aliases: ['区教委'] }),
    unit('fin', '区财政局'),
    unit('arch', '区档案馆'),
  ];
  const currentReports: ReportLike[] = [
    report('mine-edu', 2025, { 't2.regulations.issued': 5, 't2.fees.amount': 1.25 }),
    report('fin', 2025, { 't2.regulations.repealed': 2 }),
    report('arch', 2025, {}),
  ];
  // The colleague's file: the same education bureau under its own id and new name (old name kept as alias).
  const backup = backupOf(
    [
      unit('their-edu', '区教育局', { aliases: ['区教体局'], contactPerson: '赵六' }),
      unit('fin', '区财政局'),
      unit('health', '区卫健委'),
    ],
    [
      report('their-edu', 2025, { 't2.regulations.issued': 8, 't2.fees.amount': 1.25, 't2.regulations.valid': 40 }),
      report('fin', 2025, { 't2.regulations.repealed': 2 }),
      report('health', 2025, { 't2.regulations.issued': 1 }),
      report('fin', 2024, {}, { status: '已完成' }),
    ],
  );
  const preview = previewRestore({ units: currentUnits, reports: currentReports }, backup);

  it('matches a renamed unit by its alias and says what taking it changes', () => {
    const edu = preview.units.find((u) => u.key === 'their-edu');
    expect(edu).toMatchObject({ status: 'changed', current: { id: 'mine-edu', name: '区教体局', by: 'name' } });
    expect(edu?.changes).toEqual(['名称：区教体局 → 区教育局', '联系人：（无） → 赵六']);
    expect(preview.units.find((u) => u.key === 'fin')).toMatchObject({ status: 'same', current: { by: 'id' } });
    expect(preview.units.find((u) => u.key === 'health')).toMatchObject({ status: 'new', changes: [] });
    expect(preview.unitsOnlyInCurrent).toEqual([{ id: 'arch', name: '区档案馆' }]);
    expect(preview.counts.units).toEqual({ new: 1, same: 1, changed: 1 });
  });

  it('lists each changed cell old → new with its printed labels, in the order of the format', () => {
    const edu = preview.reports.find((r) => r.key === 'their-edu:2025');
    expect(edu).toMatchObject({ status: 'differs', unitName: '区教体局', unitKey: 'their-edu', other: [] });
    expect(edu?.cells.map((c) => [c.field, c.old, c.new])).toEqual([
      ['t2.regulations.issued', 5, 8],
      ['t2.regulations.valid', null, 40],
    ]);
    const cell = edu?.cells[0];
    expect(cell?.rowLabels.length).toBeGreaterThan(0);
    expect(cell?.name).toContain('规章');
  });

  it('tells new, identical, differing and only-here reports apart', () => {
    const statusOf = (key: string) => preview.reports.find((r) => r.key === key)?.status;
    expect(statusOf('fin:2025')).toBe('identical');
    expect(statusOf('health:2025')).toBe('new');
    expect(statusOf('fin:2024')).toBe('new');
    expect(statusOf('arch:2025')).toBe('onlyInCurrent');
    expect(preview.counts.reports).toEqual({ new: 2, identical: 1, differs: 1, onlyInCurrent: 1 });
  });

  it('names differences besides cells: status, explanations', () => {
    const changed = backupOf(
      [unit('fin', '区财政局')],
      [report('fin', 2025, { 't2.regulations.repealed': 2 }, { status: '已完成', explanations: { X1: '说明' } })],
    );
    const [only] = previewRestore({ units: currentUnits, reports: currentReports }, changed).reports;
    expect(only).toMatchObject({ status: 'differs', cells: [], other: ['状态：草稿 → 已完成', '情况说明不同'] });
  });

  it('makes a report whose only difference is its text differ, and notes texts and versions of new reports', () => {
    const section = (text: string) => [{ number: 3, heading: '三、依申请公开政府信息情况', text }];
    const version = (reportId: string, receivedAt: number) => ({
      reportId,
      receivedAt,
      fileName: 'a.xlsx',
      values: {},
    });
    const withTexts: Backup = {
      ...backupOf(
        [unit('fin', '区财政局'), unit('health', '区卫健委')],
        [report('fin', 2025, { 't2.regulations.repealed': 2 }), report('health', 2025, {})],
      ),
      reportTexts: [
        { reportId: 'fin:2025', sections: section('新的正文'), updatedAt: 1, who: '李四' },
        { reportId: 'health:2025', sections: section('卫健委正文'), updatedAt: 1, who: '李四' },
      ],
      receivedVersions: [version('fin:2025', 1), version('health:2025', 1), version('health:2025', 2)],
    };
    const current = {
      units: currentUnits,
      reports: currentReports,
      reportTexts: [{ reportId: 'fin:2025', sections: section('旧的正文') }],
      receivedVersions: [{ reportId: 'fin:2025', receivedAt: 1, fileName: 'a.xlsx' }],
    };
    const result = previewRestore(current, withTexts);
    const of = (key: string) => result.reports.find((r) => r.key === key);
    expect(of('fin:2025')).toMatchObject({ status: 'differs', cells: [], other: ['正文不同'] });
    expect(of('health:2025')).toMatchObject({ status: 'new', other: ['含报告正文', '含收到的文件版本 2 个'] });
    expect(result.texts).toEqual({ inFile: true, current: 1, changes: 2 });
    expect(result.receivedVersions).toEqual({ inFile: true, current: 1, changes: 2 });
    // The same text again is no difference.
    const same = { ...current, reportTexts: [{ reportId: 'fin:2025', sections: section('新的正文') }] };
    expect(previewRestore(same, withTexts).reports.find((r) => r.key === 'fin:2025')?.status).toBe('identical');
  });
});

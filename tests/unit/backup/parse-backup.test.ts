import { BACKUP_MIGRATIONS, migrateBackup } from '@/domain/backup/backup-migrations';
import { BACKUP_VERSION } from '@/domain/backup/backup-shape';
import { DAMAGED, NOT_A_BACKUP, parseBackup } from '@/domain/backup/parse-backup';

const UNIT = {
  id: 'u1',
  name: '区教育局',
  aliases: ['区教体局'],
  kind: '部门',
  archived: false,
  createdAt: 1,
  updatedAt: 2,
};
const REPORT = {
  id: 'u1:2025',
  unitId: 'u1',
  year: 2025,
  formatId: 'national-2021',
  values: { 't2.regulations.issued': 5, 't2.fees.amount': 1.25 },
  explanations: {},
  status: '草稿',
  rev: 3,
};

function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'xxgk-backup',
    version: 1,
    createdAt: 1_760_000_000_000,
    app: { schema: 1 },
    workspace: 'main',
    units: [UNIT],
    reports: [REPORT],
    comments: [],
    ...overrides,
  });
}

function reasonsOf(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.reasons;
}

describe('parseBackup', () => {
  it('reads a good file', () => {
    const result = parseBackup(`\ufeff${file()}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.units).toEqual([UNIT]);
    expect(result.backup.reports).toEqual([REPORT]);
    expect(result.dropped).toEqual([]);
  });

  it('refuses other files, damaged files and files from a newer version, each with its own reason', () => {
    expect(reasonsOf('名称,数量\n区教育局,5')).toEqual([NOT_A_BACKUP]);
    expect(reasonsOf(JSON.stringify({ kind: 'xxgk-database-dump', version: 1 }))).toEqual([NOT_A_BACKUP]);
    expect(reasonsOf('[1,2,3]')).toEqual([NOT_A_BACKUP]);
    expect(NOT_A_BACKUP).toContain('这不是本工具的备份文件');
    const whole = file();
    expect(reasonsOf(whole.slice(0, Math.floor(whole.length / 2)))).toEqual([DAMAGED]);
    expect(reasonsOf('')).toEqual([DAMAGED]);
    expect(reasonsOf(file({ version: 'x' }))).toEqual([DAMAGED]);
    expect(DAMAGED).toContain('备份文件不完整或已损坏');
    expect(reasonsOf(file({ version: BACKUP_VERSION + 1 }))[0]).toMatch(/^备份文件来自更新版本的本工具.*请先更新/);
    expect(reasonsOf(file({ units: 'x' }))[0]).toMatch(/缺少单位列表/);
  });

  it('lists values their cell refuses (text, −5, 1.5, 1e300 in counts) and keeps the rest restorable', () => {
    const values = {
      't2.regulations.issued': '5件',
      't2.regulations.repealed': -5,
      't2.regulations.valid': 1.5,
      't2.normativeDocs.issued': 1e300,
      't2.fees.amount': 1e300,
      't2.normativeDocs.repealed': 3,
    };
    const result = parseBackup(file({ reports: [{ ...REPORT, values }] }));
    if (!result.ok) throw new Error(result.reasons.join('；'));
    expect(result.refused.map((r) => [r.report, r.field, r.reason])).toEqual([
      ['区教育局 2025 年', 't2.regulations.issued', '“5件”不是数字'],
      ['区教育局 2025 年', 't2.regulations.repealed', '“-5”不能为负数'],
      ['区教育局 2025 年', 't2.regulations.valid', expect.stringContaining('“1.5”不是整数') as string],
      ['区教育局 2025 年', 't2.normativeDocs.issued', '“1e+300”太大，请核对'],
      ['区教育局 2025 年', 't2.fees.amount', '“1e+300”太大，请核对'],
    ]);
    expect(result.refused[0]?.cell).toContain('规章');
    expect(result.backup.reports[0]?.values).toEqual({ 't2.normativeDocs.repealed': 3 });
  });

  it('refuses unknown formats, a format that does not fit the year, missing units', () => {
    expect(reasonsOf(file({ reports: [{ ...REPORT, formatId: 'province-2030' }] }))[0]).toMatch(
      /“区教育局 2025 年”使用的格式“province-2030”本工具不认识，请先更新本工具/,
    );
    expect(reasonsOf(file({ reports: [{ ...REPORT, formatId: 'national-legacy' }] }))[0]).toMatch(/年度与其格式.*不符/);
    expect(reasonsOf(file({ reports: [{ ...REPORT, unitId: 'gone', id: 'gone:2025' }] }))[0]).toMatch(
      /2025 年的报表，其所属单位（编号 gone）不在文件中/,
    );
    expect(reasonsOf(file({ units: [{ ...UNIT, kind: '外星单位' }] }))[0]).toMatch(/单位类型“外星单位”本工具不认识/);
    expect(reasonsOf(file({ reports: [REPORT, REPORT] }))[0]).toMatch(/出现了两次/);
    expect(reasonsOf(file({ units: [UNIT, { ...UNIT, id: 'u2', name: '区教体局', aliases: [] }] }))[0]).toMatch(
      /名称（或曾用名）相同/,
    );
    expect(reasonsOf(file({ reports: [{ ...REPORT, status: '作废' }] }))[0]).toMatch(/状态“作废”无法识别/);
  });

  it('lists many problems but not endlessly', () => {
    const reports = Array.from({ length: 40 }, (_, i) => ({
      ...REPORT,
      id: undefined,
      year: 2021 + (i % 5),
      values: { x: 'y' },
    }));
    const units = [UNIT];
    const reasons = reasonsOf(
      file({ units, reports: reports.map((r, i) => ({ ...r, unitId: i < 5 ? 'u1' : `u${i}` })) }),
    );
    expect(reasons).toHaveLength(31);
    expect(reasons.at(-1)).toMatch(/另有 \d+ 处问题未列出/);
  });

  it('keeps only input cells: unknown cells and computed cells are listed as dropped, blanks stay blank', () => {
    const values = {
      't2.regulations.issued': 5,
      't3.received.total': 9,
      't9.nothing.here': 1,
      't2.regulations.valid': null,
    };
    const result = parseBackup(
      file({ reports: [{ ...REPORT, values, stated: { 't3.received.total': 9, 't2.fees.amount': 2 } }] }),
    );
    if (!result.ok) throw new Error(result.reasons.join());
    const report = result.backup.reports[0];
    expect(report?.values).toEqual({ 't2.regulations.issued': 5 });
    expect(report?.stated).toEqual({ 't3.received.total': 9 });
    expect(result.dropped.map((d) => [d.report, d.field, d.why])).toEqual([
      ['区教育局 2025 年', 't3.received.total', 'computedField'],
      ['区教育局 2025 年', 't9.nothing.here', 'unknownField'],
      ['区教育局 2025 年', 't2.fees.amount', 'inputInStated'],
    ]);
  });

  it('fills defaults of an older or sparser file into the current model', () => {
    const sparseUnit = { id: 'u1', name: ' 区教育局 ', kind: '部门' };
    const sparseReport = { unitId: 'u1', year: 2017, values: { 't2.regulations.issued': 1 } };
    const result = parseBackup(file({ units: [sparseUnit], reports: [sparseReport], comments: undefined }));
    if (!result.ok) throw new Error(result.reasons.join());
    expect(result.backup.units[0]).toEqual({
      id: 'u1',
      name: '区教育局',
      aliases: [],
      kind: '部门',
      archived: false,
      createdAt: 1_760_000_000_000,
      updatedAt: 1_760_000_000_000,
    });
    expect(result.backup.reports[0]).toMatchObject({
      id: 'u1:2017',
      formatId: 'national-legacy',
      explanations: {},
      status: '草稿',
      rev: 0,
    });
    expect(result.backup.comments).toEqual([]);
  });

  it("leaves out history and comments of reports the file does not hold, and this browser's own settings", () => {
    const history = [
      { reportId: 'u1:2025', field: 't2.regulations.issued', at: 5, who: '张三', old: null, new: 5 },
      { reportId: 'u9:2025', field: 't2.regulations.issued', at: 5, who: '张三', old: null, new: 5 },
    ];
    const settings = [
      { key: 'operatorName', value: '王晓' },
      { key: 'reviewDeadline', value: '2026-01-31' },
    ];
    const result = parseBackup(file({ cellHistory: history, settings }));
    if (!result.ok) throw new Error(result.reasons.join());
    expect(result.backup.cellHistory).toHaveLength(1);
    expect(result.notices).toEqual(['有 1 条修改记录所属的报表不在备份文件中，这些修改记录不会恢复。']);
    expect(result.backup.settings).toEqual([{ key: 'reviewDeadline', value: '2026-01-31' }]);
    expect(reasonsOf(file({ cellHistory: [{ ...history[0], old: '五' }] }))[0]).toMatch(/1 条修改记录内容不完整/);
  });
});

describe('migrateBackup', () => {
  it('brings a version 1 file to the current version and refuses to invent a step for a version it does not know', () => {
    expect(Object.keys(BACKUP_MIGRATIONS)).toEqual(['2']);
    const doc = { kind: 'xxgk-backup', version: 1, units: [] };
    expect(migrateBackup(doc, 1)).toEqual({ ...doc, version: BACKUP_VERSION });
    expect(migrateBackup(doc, BACKUP_VERSION)).toBe(doc);
    expect(() => migrateBackup(doc, 1, BACKUP_VERSION + 1)).toThrow(
      new RegExp(`缺少备份文件从版本 ${BACKUP_VERSION} 到 ${BACKUP_VERSION + 1} 的转换`),
    );
  });
});

// Reading the report texts and received file versions of a backup file: kept exactly, absent parts stay absent,
// rows of reports the file does not hold are dropped and listed, malformed rows and non-numbers refused.
import { parseBackup } from '@/domain/backup/parse-backup';

const UNIT = { id: 'u1', name: '区教育局', aliases: [], kind: '部门', archived: false, createdAt: 1, updatedAt: 2 };
const REPORT = {
  id: 'u1:2025',
  unitId: 'u1',
  year: 2025,
  formatId: 'national-2021',
  values: { 't2.regulations.issued': 5 },
  explanations: {},
  status: '草稿',
  rev: 3,
};
const TEXT = {
  reportId: 'u1:2025',
  sections: [{ number: 3, heading: '三、依申请公开政府信息情况', text: '本年度共收到申请7件。' }],
  updatedAt: 10,
  who: '张三',
};
const VERSION = {
  id: 4,
  reportId: 'u1:2025',
  receivedAt: 20,
  fileName: '区教育局2025.xlsx',
  values: { 't2.regulations.issued': 5, 't2.fees.amount': null },
  stated: { 't3.received.total': 7 },
};

function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'xxgk-backup',
    version: 1,
    createdAt: 1_760_000_000_000,
    app: { schema: 2 },
    workspace: 'main',
    units: [UNIT],
    reports: [REPORT],
    comments: [],
    reportTexts: [TEXT],
    receivedVersions: [VERSION],
    ...overrides,
  });
}

function read(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  return result;
}

function reasonsOf(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.reasons;
}

describe('parseBackup: report texts and received versions', () => {
  it('keeps them exactly as written, blanks of a received file included', () => {
    const { backup, notices } = read(file());
    expect(backup.reportTexts).toEqual([TEXT]);
    expect(backup.receivedVersions).toEqual([VERSION]);
    expect(notices).toEqual([]);
  });

  it('leaves the parts absent in a file written before they existed (not the same as empty)', () => {
    const { backup } = read(file({ reportTexts: undefined, receivedVersions: undefined }));
    expect(backup.reportTexts).toBeUndefined();
    expect(backup.receivedVersions).toBeUndefined();
    const empty = read(file({ reportTexts: [], receivedVersions: [] })).backup;
    expect(empty.reportTexts).toEqual([]);
    expect(empty.receivedVersions).toEqual([]);
  });

  it('drops and lists texts and versions whose report is not in the file', () => {
    const otherYear = { ...TEXT, reportId: 'u1:2024' };
    const unknownUnit = { ...TEXT, reportId: 'gone:2025' };
    const olderVersion = { ...VERSION, reportId: 'u1:2023' };
    const { backup, notices } = read(
      file({ reportTexts: [TEXT, otherYear, unknownUnit], receivedVersions: [VERSION, olderVersion] }),
    );
    expect(backup.reportTexts).toEqual([TEXT]);
    expect(backup.receivedVersions).toEqual([VERSION]);
    expect(notices).toEqual([
      '有 2 份报告正文所属的报表不在备份文件中，这些正文不会恢复：区教育局 2024 年、编号 gone:2025。',
      '有 1 个收到的文件版本所属的报表不在备份文件中，这些版本不会恢复：区教育局 2023 年。',
    ]);
  });

  it('refuses a received value that is not a number, naming the report, the file and the cell', () => {
    const bad = { ...VERSION, values: { 't2.regulations.issued': '5件', 't9.unknown': true } };
    expect(reasonsOf(file({ receivedVersions: [bad] }))).toEqual([
      '报表“区教育局 2025 年”收到的文件“区教育局2025.xlsx”中“规章本年制发件数”的值“5件”不是数字，文件可能已被改动。',
      '报表“区教育局 2025 年”收到的文件“区教育局2025.xlsx”中“t9.unknown”的值“true”不是数字，文件可能已被改动。',
    ]);
    expect(reasonsOf(file({ receivedVersions: [{ ...VERSION, stated: { 't3.received.total': 'NaN' } }] }))[0]).toMatch(
      /的值“NaN”不是数字/,
    );
  });

  it('refuses malformed parts and rows with a reason for each', () => {
    expect(reasonsOf(file({ reportTexts: {} }))).toEqual(['备份文件中的报告正文部分已损坏。']);
    expect(reasonsOf(file({ receivedVersions: 'x' }))).toEqual(['备份文件中的收到的文件版本部分已损坏。']);
    const badSection = { number: 'three', heading: '', text: '' };
    const brokenTexts = [{ ...TEXT, sections: 'x' }, { ...TEXT, sections: [badSection] }];
    expect(reasonsOf(file({ reportTexts: brokenTexts }))).toEqual([
      '备份文件中有 2 份报告正文内容不完整，文件可能已损坏。',
    ]);
    expect(reasonsOf(file({ reportTexts: [TEXT, TEXT] }))).toEqual([
      '备份文件中报表“区教育局 2025 年”的报告正文出现了两次，文件可能已被改动。',
    ]);
    const brokenVersions = [{ ...VERSION, receivedAt: 'yesterday' }, { ...VERSION, values: [1, 2] }];
    expect(reasonsOf(file({ receivedVersions: brokenVersions }))).toEqual([
      '备份文件中有 2 个收到的文件版本内容不完整，文件可能已损坏。',
    ]);
    expect(reasonsOf(file({ receivedVersions: [VERSION, { ...VERSION, fileName: 'b.xlsx' }] }))).toEqual([
      '备份文件中有两个收到的文件版本编号相同，文件可能已被改动。',
    ]);
  });
});

/**
 * The office's check of a batch of published reports as one .xlsx: a row per finding (unit, year, section,
 * rule, the quoted sentence as written, the tables' figure), and a second sheet with every file read, so a file
 * that gave no finding or could not be read is listed too. Written by the same lazily loaded writer as the
 * official sheet.
 */
import { loadExcel, WORKBOOK_CREATOR } from './official-sheet';

export interface FindingRow {
  fileName: string;
  unitName: string;
  year?: number;
  /** 统计表 (a table rule) or 正文 (a text check). */
  source: '统计表' | '正文';
  section?: string;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  quote?: string;
  figure?: number;
}

export interface FileRow {
  fileName: string;
  unitName: string;
  year?: number;
  /** 已读取 or the reason the file was refused. */
  outcome: string;
  findings: number;
}

export const FINDINGS_SHEET = '核对结果';
export const FILES_SHEET = '文件';
export const FINDINGS_HEADER = [
  '文件',
  '单位',
  '年度',
  '类别',
  '部分',
  '规则',
  '严重程度',
  '问题',
  '原文',
  '统计表数值',
];
export const FILES_HEADER = ['文件', '单位', '年度', '读取结果', '问题数'];

const SEVERITY_NAMES = { error: '错误', warning: '警告' } as const;

export async function exportFindingsWorkbook(findings: readonly FindingRow[], files: readonly FileRow[]) {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  const sheet = workbook.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [24, 24, 8, 8, 10, 8, 8, 50, 60, 10].map((width) => ({ width }));
  sheet.addRow(FINDINGS_HEADER).font = { bold: true };
  for (const f of findings) {
    const row = sheet.addRow([
      f.fileName,
      f.unitName,
      f.year ?? null,
      f.source,
      f.section ?? '',
      f.rule,
      SEVERITY_NAMES[f.severity],
      f.message,
      f.quote ?? '',
      f.figure ?? null,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  if (findings.length > 0) sheet.autoFilter = { from: 'A1', to: { row: findings.length + 1, column: 10 } };
  const list = workbook.addWorksheet(FILES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [30, 24, 8, 50, 8].map((width) => ({ width }));
  list.addRow(FILES_HEADER).font = { bold: true };
  for (const f of files) list.addRow([f.fileName, f.unitName, f.year ?? null, f.outcome, f.findings]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

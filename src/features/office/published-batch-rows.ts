/**
 * One read file of the office's batch check as rows: its table rules (the same as the import preview's) and its
 * text findings, each with the file's unit and year; a refused file is listed with its reason and no finding.
 */
import { SECTION_NAMES } from '@/domain/report-text/published-checks';
import type { FileRow, FindingRow } from '@/io/export/findings-sheet';
import type { ImportResult } from '@/io/import/import-file';
import { previewProblems } from '@/widgets/import-preview/preview-model';

export interface BatchFile {
  file: FileRow;
  findings: FindingRow[];
}

export function batchRows(fileName: string, result: ImportResult): BatchFile {
  if (!result.ok) return { file: { fileName, unitName: '', outcome: result.reason, findings: 0 }, findings: [] };
  const unitName = result.unitName?.value ?? '';
  const who = { fileName, unitName, ...(result.year ? { year: result.year.value } : {}) };
  const tables: FindingRow[] = previewProblems(result.format, result.values, { stated: result.stated }).map((p) => ({
    ...who,
    source: '统计表',
    rule: p.ruleId,
    severity: p.severity,
    message: p.message,
  }));
  const text: FindingRow[] = (result.published?.findings ?? []).map((f) => ({
    ...who,
    source: '正文',
    ...(f.section !== undefined ? { section: SECTION_NAMES[f.section] ?? '' } : {}),
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
    ...(f.figure !== undefined ? { figure: f.figure } : {}),
  }));
  const findings = [...tables, ...text];
  return { file: { ...who, outcome: '已读取', findings: findings.length }, findings };
}

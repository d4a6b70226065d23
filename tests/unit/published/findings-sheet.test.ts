/**
 * The office's findings workbook, from real published reports: each text finding of a contradicting report is
 * one row with its section, quoted sentence and the tables' figure; an agreeing report gives no row; a refused
 * file is listed on the second sheet with its reason. The file is read back with SheetJS.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { batchRows } from '@/features/office/published-batch-rows';
import { exportFindingsWorkbook, FILES_SHEET, FINDINGS_HEADER, FINDINGS_SHEET } from '@/io/export/findings-sheet';
import { importFile } from '@/io/import/import-file';

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<
  string,
  { unit: string; year: number; findings: string[] }
>;
const read = async (file: string) =>
  batchRows(file, await importFile(new Uint8Array(readFileSync(`${DIR}${file}`)), file));

describe('exportFindingsWorkbook', () => {
  it('writes a row per finding and a row per file', async () => {
    const files = await Promise.all(['2021-contradicting.html', '2021-agreeing.docx'].map(read));
    files.push(batchRows('扫描件.pdf', { ok: false, reason: '这个 PDF 没有文字层' }));
    const bytes = await exportFindingsWorkbook(
      files.flatMap((f) => f.findings),
      files.map((f) => f.file),
    );
    const book = XLSX.read(bytes);
    const sheet = book.Sheets[FINDINGS_SHEET]!;
    expect(XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]).toEqual(FINDINGS_HEADER);
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(sheet);
    const want = manifest['2021-contradicting']!;
    const text = rows.filter((r) => r['类别'] === '正文');
    expect(text.map((r) => r['规则']).sort()).toEqual([...want.findings].sort());
    expect(
      text.every((r) => r['文件'] === '2021-contradicting.html' && r['单位'] === want.unit && r['年度'] === want.year),
    ).toBe(true);
    const t1 = text.find((r) => r['规则'] === 'T1');
    expect(String(t1?.['部分'])).toMatch(/^第[一二三四五六]部分$/u);
    expect(String(t1?.['原文']).length).toBeGreaterThan(4);
    expect(typeof t1?.['统计表数值']).toBe('number');
    expect(rows.filter((r) => r['文件'] === '2021-agreeing.docx' && r['类别'] === '正文')).toEqual([]);

    const listed = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets[FILES_SHEET]!);
    expect(listed.map((f) => f['文件'])).toEqual(['2021-contradicting.html', '2021-agreeing.docx', '扫描件.pdf']);
    expect(listed[2]?.['读取结果']).toBe('这个 PDF 没有文字层');
    expect(listed[0]?.['问题数']).toBe(rows.filter((r) => r['文件'] === '2021-contradicting.html').length);
  });
});

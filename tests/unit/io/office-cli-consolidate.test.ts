/** `consolidate` end to end: a real process over the fixture files, the total read back with SheetJS. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as XLSX from 'xlsx';
import { indexFormat } from '@/domain/format/format-index';
import { importFile } from '@/io/import/import-file';
import { planSheet } from '@/io/export/sheet-plan';
import { FIXTURE_DIR, cellAt, readSheet } from './read-back';
import { OFFICE_FIXTURE_DIR, loadOfficeReport } from './office-fixtures';
import { runCli as cli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cli-consolidate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const IMPORT_DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const finance = `${OFFICE_FIXTURE_DIR}unit-finance-2024.json`;
const street = `${OFFICE_FIXTURE_DIR}unit-street-2024.json`;
const tidy = `${IMPORT_DIR}2021-tidy-one-sheet.xlsx`;

describe('cli consolidate', () => {
  it('sums report files and a spreadsheet of one year into the official sheet, and prints every check', async () => {
    const out = join(dir, 'total.xlsx');
    const run = cli('consolidate', finance, street, tidy, '--out', out, '--area', '示例区');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[1] 示例区财政局（2024年度');
    expect(run.stdout).toContain('[2] 示例区城关街道办事处（2024年度');
    expect(run.stdout).toContain('[3] 某某市交通运输局（2024年度');
    expect(run.stdout).toContain(`汇总：示例区（汇总） 2024年度（2021年版`);
    expect(run.stdout.match(/校验通过/g)).toHaveLength(4);

    const { sheet } = readSheet(readFileSync(out));
    expect(cellAt(sheet, 1, 1)?.v).toBe('示例区（汇总）2024年度政府信息公开工作年度报告统计表');
    const imported = await importFile(new Uint8Array(readFileSync(tidy)), '2021-tidy-one-sheet.xlsx');
    if (!imported.ok) throw new Error(imported.reason);
    const parts = [loadOfficeReport('unit-finance-2024.json'), loadOfficeReport('unit-street-2024.json')];
    const format = parts[0]!.format;
    const plan = planSheet({ format, values: {}, unitName: '示例区（汇总）', year: 2024 });
    for (const field of indexFormat(format).inputs) {
      const values = [...parts.map((p) => p.values[field.key]), imported.values[field.key]];
      const filled = values.filter((v): v is number => typeof v === 'number');
      const at = plan.fieldCells.get(field.key)!;
      const v = cellAt(sheet, at.row, at.col)?.v;
      if (filled.length === 0) expect(v, field.key).toBeUndefined();
      else
        expect(v, field.key).toBeCloseTo(
          filled.reduce((a, b) => a + b, 0),
          6,
        );
    }
  }, 60_000);

  it('titles the total after the area unit, as the app does: 示例区（全区） → 示例区（汇总）', () => {
    const out = join(dir, 'whole-area.xlsx');
    const run = cli('consolidate', finance, street, '--out', out, '--area', '示例区（全区）');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('汇总：示例区（汇总） 2024年度');
    const { sheet } = readSheet(readFileSync(out));
    expect(cellAt(sheet, 1, 1)?.v).toBe('示例区（汇总）2024年度政府信息公开工作年度报告统计表');
    const texts = Object.keys(sheet)
      .filter((ref) => !ref.startsWith('!'))
      .map((ref) => (sheet[ref] as XLSX.CellObject).v);
    expect(texts).toContain('填报单位（盖章）：示例区（汇总）');
  }, 60_000);

  it('refuses files of different years, naming them, and writes nothing', () => {
    const out = join(dir, 'years.xlsx');
    const run = cli('consolidate', finance, `${FIXTURE_DIR}national-2019.json`, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('文件的年度不一致，不能汇总：2020年度：');
    expect(run.stderr).toContain('2024年度：');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('writes the total but exits 1 when a file has errors, listing them and the cells it could not read', () => {
    const out = join(dir, 'errors.xlsx');
    const run = cli('consolidate', finance, `${IMPORT_DIR}2021-messy.xlsx`, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[2] 某某县人民政府办公室');
    expect(run.stdout).toContain('无法读成数字，未计入');
    expect(run.stdout).toContain('[错误 O1]');
    expect(run.stderr).toContain('汇总表已生成，请核对');
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('refuses when a file cannot be read, naming every such file, and writes nothing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ 不是 JSON');
    const out = join(dir, 'unreadable.xlsx');
    const run = cli('consolidate', finance, bad, join(dir, 'missing.xlsx'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.json”无法读取：文件不是有效的 JSON 格式');
    expect(run.stderr).toContain('missing.xlsx”无法读取：文件不存在或没有读取权限。');
    expect(run.stderr).toContain('共 2 个文件无法读取，未生成汇总表');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('warns when one unit appears twice, and asks for --out and files', () => {
    const twice = cli('consolidate', street, street, '--out', join(dir, 'twice.xlsx'));
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('[警告] 单位“示例区城关街道办事处”出现在 2 个文件中');
    expect(twice.stdout).toContain('汇总：本地区（汇总）');
    const noOut = cli('consolidate', street);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('缺少输出文件：请用 --out 指定');
    const noFiles = cli('consolidate', '--out', join(dir, 'x.xlsx'));
    expect(noFiles.stderr).toContain('缺少要汇总的文件');
  }, 60_000);

  it('takes a name copied with invisible characters for the same unit, and asks about near names', () => {
    const renamed = (from: string, name: string, file: string) => {
      const data = JSON.parse(readFileSync(from, 'utf8')) as { unitName: string };
      const path = join(dir, file);
      writeFileSync(path, JSON.stringify({ ...data, unitName: name }));
      return path;
    };
    // A zero-width joiner, a word joiner and a bidi mark, as a name copied from a web page or a chat carries them.
    const hidden = renamed(street, '示例区城关\u200d街道\u2060办事处\u200e', 'street-copied.json');
    const longer = renamed(finance, '平顶山市示例区财政局', 'finance-long.json');
    const run = cli('consolidate', finance, street, hidden, longer, '--out', join(dir, 'names.xlsx'), '--area', '示例区（全区）');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `[警告] 单位“示例区城关街道办事处”出现在 2 个文件中（${street}、${hidden}），已重复计入，请确认。`,
    );
    expect(run.stdout).toContain(
      `[警告] 单位“示例区财政局”（${finance}）与“平顶山市示例区财政局”（${longer}）名称相近，是否为同一单位？`,
    );
    expect(run.stdout.match(/\[警告\] 单位/g)).toHaveLength(2);
  }, 60_000);

  it('is listed in the help', () => {
    const run = cli('--help');
    expect(run.stdout).toContain('consolidate 文件1 文件2 … --out 汇总表.xlsx [--area 地区名称]');
  }, 60_000);
});

/** The command line end to end: a real process, real files, the output read back with SheetJS. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR, cellAt, readSheet } from './read-back';

const dir = mkdtempSync(join(tmpdir(), 'cli-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli convert', () => {
  it('converts a saved report into the official xlsx and prints the summary and the problems', () => {
    const out = join(dir, 'legacy.xlsx');
    const run = cli('convert', `${FIXTURE_DIR}national-legacy.json`, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已导出 示例区人民政府 2017年度统计表');
    expect(run.stdout).toContain('[错误 L1]');
    const { sheet } = readSheet(readFileSync(out));
    expect(cellAt(sheet, 1, 1)?.v).toBe('政府信息公开情况统计表（2017年度）');
    const texts = Object.values(sheet).map((c) => (c as { v?: unknown }).v);
    expect(texts).toContain(3452);
  }, 60_000);

  it('converts a spreadsheet made elsewhere (a messy legacy .xls) through the importer, with its notes', () => {
    const out = join(dir, 'from-xls.xlsx');
    const run = cli('convert', 'tests/fixtures/import/legacy-2017-serial.xls', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/已导出 .+ 2017年度统计表/);
    const { sheet } = readSheet(readFileSync(out));
    expect(cellAt(sheet, 1, 1)?.v).toBe('政府信息公开情况统计表（2017年度）');
  }, 60_000);

  it('says so when a report has no problems', () => {
    const run = cli('convert', `${FIXTURE_DIR}national-2021.json`, '--out', join(dir, '2021.xlsx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('校验通过');
  }, 60_000);

  it('refuses a bad file with exit 1 and a Chinese reason, writing nothing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ kind: 'xxgk-report', version: 1, unitName: '甲', year: 2024, formatId: 'x' }));
    const out = join(dir, 'bad.xlsx');
    const run = cli('convert', bad, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('不能转换：报表格式“x”无法识别');
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);

  it('refuses a missing file and bad arguments with exit 1', () => {
    expect(cli('convert', join(dir, 'none.json')).stderr).toContain('无法读取文件');
    const noValue = cli('convert', `${FIXTURE_DIR}national-2021.json`, '--out');
    expect(noValue.code).toBe(1);
    expect(noValue.stderr).toContain('选项 --out 后面缺少取值');
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('不认识的命令“frobnicate”');
  }, 60_000);

  it('explains itself in Chinese on --help', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：npm run cli -- <命令>');
    expect(run.stdout).toContain('convert 报表文件（.json/.xlsx/.xls/.csv/.ods）');
  }, 60_000);
});

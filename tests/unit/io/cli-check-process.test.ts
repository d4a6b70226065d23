/**
 * `check` as a real process on fixture files: every total listed (computed, with the file's own figure beside it
 * when it printed one), no reader warnings on ODS number styles, and a pipe closed early (`check … | head`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldNames } from '@/cli/check-command';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { Values } from '@/domain/format/types';
import { ownLines, runCli } from './run-cli';

const IMPORT_DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const CLI_DIR = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
const tidy = `${IMPORT_DIR}2021-tidy-one-sheet.xlsx`;
const blankTotals = `${CLI_DIR}2021-blank-totals-number-styles.ods`;
const older = `${CLI_DIR}平顶山市湛河区民政局2020年度统计表.xls`;
const legacyBad = `${CLI_DIR}legacy-2016-bad-values.xls`;
const manifest = JSON.parse(readFileSync(`${IMPORT_DIR}manifest.json`, 'utf8')) as Record<string, { values: Values }>;
const tidyValues = manifest['2021-tidy-one-sheet.xlsx']!.values;

/** A total is the sum of its parts, the parts' own totals summed first (as the printed table adds them). */
function expectedTotal(key: string): number {
  const field = NATIONAL_2021.fields.find((f) => f.key === key)!;
  if (!field.sumOf) return tidyValues[key] ?? 0;
  return field.sumOf.reduce((sum, part) => sum + expectedTotal(part), 0);
}

const totals = NATIONAL_2021.fields.filter((f) => f.sumOf);
const names = fieldNames(NATIONAL_2021);

describe('cli check, run as a process', () => {
  it('lists every total of a file whose 总计 column is blank, computed, and prints no ODS format warnings', () => {
    const run = runCli('check', blankTotals);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('表中所填合计 0 个');
    for (const f of totals) {
      const line = `  ${names.get(f.key)} = ${expectedTotal(f.key)}（合计）（表中未填）`;
      expect(run.stdout.split('\n'), f.key).toContain(line);
    }
  }, 60_000);

  it('prints the file’s stated figure and its cell beside each computed total', () => {
    const run = runCli('check', tidy);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    for (const f of totals) {
      const total = expectedTotal(f.key);
      const line = lines.find((l) => l.startsWith(`  ${names.get(f.key)} = `));
      expect(line, f.key).toMatch(new RegExp(`= ${total}（合计）（表中所填 ${total} {2}\\[统计表![A-Z]+\\d+\\]）$`));
    }
  }, 60_000);

  it('takes the year from the sheet name, not a column header’s （指2019年事项数）, and the unit from the file name', () => {
    const run = runCli('check', older);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('格式：2019年试行版');
    expect(run.stdout).toContain('年度：2020（来自工作表名称：“2020年度”）');
    expect(run.stdout).toContain('单位：平顶山市湛河区民政局（来自文件名');
    const json = runCli('check', older, '--json');
    const [report] = JSON.parse(json.stdout) as { year: { value: number }; unit: { value: string } }[];
    expect(report?.year.value).toBe(2020);
    expect(report?.unit.value).toBe('平顶山市湛河区民政局');
  }, 60_000);

  it('refuses a legacy 统计表 with too few readable values, naming the legacy labels it lacks', () => {
    const run = runCli('check', legacyBad);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('无法读取：未在文件中找到政府信息公开年报统计表：文件的年度 2016 年适用2014–2018年');
    expect(run.stdout).toContain('“二、回应解读情况”“三、依申请公开情况”“四、行政复议数量”等标签');
    expect(run.stdout).not.toContain('本年新收');
  }, 60_000);

  it('stops quietly when the reader closes the pipe early (check … | head)', () => {
    const files = Array.from({ length: 40 }, () => tidy);
    const script = `npx tsx src/cli/main.ts check ${files.map((f) => `'${f}'`).join(' ')} | head -n 3; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout.split('\n').filter((l) => l !== '')).toHaveLength(3);
    const stderr = ownLines(run.stderr);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(stderr).toBe('exit=0');
  }, 120_000);
});

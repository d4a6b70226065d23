/** `check FILE... [--prior FILE] [--json]`, called as the command table calls it. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '@/cli/commands';
import { fieldNames, runCheck } from '@/cli/check-command';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';

const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const f = (name: string) => `${dir}${name}`;

describe('check command', () => {
  it('is registered in the command table', () => {
    expect(COMMANDS.find((c) => c.name === 'check')?.run).toBe(runCheck);
  });

  it('prints format, unit, year, every value with its labels and cell, and passes a tidy file', async () => {
    const out = await runCheck([f('2021-tidy-one-sheet.xlsx')]);
    const text = out.stdout.join('\n');
    expect(out.code).toBe(0);
    expect(text).toContain('格式：2021年版');
    expect(text).toContain('单位：某某市交通运输局（来自表格标题');
    expect(text).toContain('年度：2024');
    expect(text).toMatch(/（一）予以公开 \| 自然人 = \d+ {2}\[统计表!D\d+\]/);
    expect(text).toMatch(/未经复议直接起诉 › 结果维持 = \d+/);
    expect(text).toContain('校验通过');
  });

  it('names a repeated label with its enclosing group', async () => {
    const out = await runCheck([f('legacy-2016-tidy.xlsx')]);
    expect(out.stdout.join('\n')).toMatch(/四、行政复议数量 › （二）被依法纠错数 = \d+/);
    expect(fieldNames(LEGACY_2014).get('legacy.suitCorrected.value')).toBe('五、行政诉讼数量 › （二）被依法纠错数');
    expect(fieldNames(NATIONAL_2021).get('t3.refusedSecret.natural')).toBe('1.属于国家秘密 | 自然人');
  });

  it('exits 1 with the reasons when a file has errors, refusals or cannot be read', async () => {
    const out = await runCheck([f('2021-messy.xlsx'), f('hostile-zip-bomb.xlsx'), f('no-such-file.xlsx')]);
    const text = out.stdout.join('\n');
    expect(out.code).toBe(1);
    expect(text).toContain('[错误 S1] 一、本年新收行');
    expect(text).toContain('拒绝：统计表!D29 “约10”');
    expect(text).toContain('未识别的行：统计表!A9');
    expect(text).toContain('解压后过大');
    expect(text).toContain('文件不存在或没有读取权限');
  });

  it('applies last year’s file with --prior (X1)', async () => {
    const out = await runCheck([f('2021-tidy-one-sheet.xlsx'), '--prior', f('2021-sheet-per-table.xlsx')]);
    expect(out.stdout.join('\n')).toContain('[错误 X1]');
    expect(out.code).toBe(1);
    const bad = await runCheck([f('2021-tidy-one-sheet.xlsx'), '--prior', f('hostile-png-renamed.xlsx')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.join()).toContain('不是表格文件');
  });

  it('prints JSON with --json', async () => {
    const out = await runCheck([f('2019-messy.xls'), '--json']);
    const [report] = JSON.parse(out.stdout.join('\n')) as {
      format: { id: string };
      unit: { value: string };
      values: { key: string; value: number; source: { cell: string } }[];
      refused: { cell: string }[];
    }[];
    expect(report?.format.id).toBe('national-2019');
    expect(report?.unit.value).toBe('某某区教育局');
    expect(report?.refused).toHaveLength(1);
    expect(report?.values.find((v) => v.key === 't2.procurement.amount')?.source.cell).toMatch(/^C\d+$/);
  });

  it('explains bad arguments', async () => {
    expect((await runCheck([])).stderr.join()).toContain('缺少要检查的文件');
    expect((await runCheck(['a.xlsx', '--bogus'])).stderr.join()).toContain('--bogus');
  });
});

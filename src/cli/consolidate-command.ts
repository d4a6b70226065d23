/**
 * `consolidate FILE... --out OUT.xlsx [--area 名称]`: the units' reports of one year (report files or
 * spreadsheets) → the area total as the official .xlsx, with every file's check and the total's printed.
 */
import { writeFile } from 'node:fs/promises';
import { consolidate } from '@/domain/consolidate/consolidate';
import type { FormatDef } from '@/domain/format/types';
import { NATIONAL, consolidationFormat } from '@/domain/formats/registry';
import type { Problem } from '@/domain/rules/engine';
import { TABLE_PROBLEMS, problemsOf } from '@/domain/rules/problems-of';
import { areaNamesOf, isNearName } from '@/domain/units/near-names';
import { cleanUnitName, normalizeUnitName } from '@/domain/units/unit-name';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { consolidatedUnitName } from '@/io/office/office-workbook';
import type { UnitFile } from '@/io/office/read-unit-file';
import { valuesCsv } from '@/io/office/values-csv';
import type { CommandResult } from './command';
import { parseArgs } from './args';
import { readUnitFiles } from './read-unit-files';

export const CONSOLIDATE_USAGE = 'consolidate 文件1 文件2 … --out 汇总表.xlsx [--area 地区名称] [--csv 明细.csv]';
export const CONSOLIDATE_SUMMARY =
  '把同一年度各单位的报表文件（本工具保存的 .json，或 .xlsx/.xls/.ods/.csv 统计表）汇总为官方格式的汇总表，并逐个列出校验问题';

const DEFAULT_AREA = '本地区';

interface ReadFile {
  path: string;
  unit: UnitFile;
}

/** Progress goes to the terminal as it happens (the result's lines are printed at the end). */
const toStderr = (line: string) => process.stderr.write(`${line}\n`);

export async function runConsolidate(
  argv: readonly string[],
  progress: (line: string) => void = toStderr,
): Promise<CommandResult> {
  const args = parseArgs(argv, ['out', 'area', 'csv']);
  if ('error' in args) return fail([args.error]);
  const unknown = [...args.options.keys()].filter((k) => k !== 'out' && k !== 'area' && k !== 'csv');
  if (unknown.length > 0) return fail([`不认识的选项：${unknown.map((k) => `--${k}`).join(' ')}。`]);
  const files = args.positional;
  if (files.length === 0) return fail([`缺少要汇总的文件。用法：${CONSOLIDATE_USAGE}`]);
  const out = args.options.get('out');
  if (typeof out !== 'string') return fail([`缺少输出文件：请用 --out 指定汇总表的文件名。用法：${CONSOLIDATE_USAGE}`]);
  const areaOption = args.options.get('area');
  const area = typeof areaOption === 'string' && areaOption.trim() ? areaOption.trim() : DEFAULT_AREA;

  const read: ReadFile[] = [];
  const unreadable: string[] = [];
  const results = await readUnitFiles(files, progress);
  results.forEach((result, i) => {
    const path = files[i] ?? '';
    if (result.ok) read.push({ path, unit: result });
    else unreadable.push(`“${path}”无法读取：${result.reason}`);
  });
  if (unreadable.length > 0) {
    return fail([...unreadable, `共 ${unreadable.length} 个文件无法读取，未生成汇总表。请改正或去掉这些文件后再试。`]);
  }
  const yearProblem = differentYears(read);
  if (yearProblem) return fail([yearProblem]);

  const year = read[0]?.unit.year ?? 0;
  const format = targetFormat(year, read);
  const result = consolidate(
    format,
    read.map((f) => ({ unitId: f.path, format: f.unit.format, values: f.unit.values })),
  );
  const unitName = consolidatedUnitName(area);
  const bytes = await exportReportXlsx({ format, values: result.values, unitName, year });
  const csv = args.options.get('csv');
  try {
    await writeFile(out, bytes);
    // One line per value of every file and of the total, for a statistics program or a database.
    if (typeof csv === 'string') {
      const rows = read.map((f) => ({ unitName: f.unit.unitName, year, format: f.unit.format, values: f.unit.values }));
      await writeFile(csv, valuesCsv([...rows, { unitName, year, format, values: result.values }]));
    }
  } catch {
    return fail([
      `无法写入“${out}”${typeof csv === 'string' ? `或“${csv}”` : ''}：请检查目录是否存在、文件是否正被其他程序打开。`,
    ]);
  }

  const stdout: string[] = [];
  let failed = false;
  read.forEach((f, i) => {
    const u = f.unit;
    stdout.push(`[${i + 1}] ${u.unitName}（${u.year}年度，${u.format.name}）← ${f.path}`);
    stdout.push(...u.notes.map((n) => `    说明：${n}`));
    stdout.push(...u.defects.map((d) => `    [错误] ${d}`));
    const problems = problemsOf(u, u.unitKind ? { unitKind: u.unitKind } : {}, TABLE_PROBLEMS);
    stdout.push(...problemLines(problems, '    '));
    if (u.defects.length > 0 || problems.some((p) => p.severity === 'error')) failed = true;
  });
  stdout.push(...duplicateLines(read, area), ...unsharedLines(result.unshared, format));
  const totalProblems = problemsOf({ format, values: result.values }, { unitKind: '区域汇总' }, TABLE_PROBLEMS);
  stdout.push(`汇总：${unitName} ${year}年度（${format.name}），共 ${read.length} 个文件 → ${out}`);
  if (typeof csv === 'string') stdout.push(`逐项明细（每个数值一行）→ ${csv}`);
  stdout.push(...problemLines(totalProblems, '    '));
  if (totalProblems.some((p) => p.severity === 'error')) failed = true;
  const stderr = failed ? ['有文件或汇总结果存在错误（见上），汇总表已生成，请核对后重新汇总。'] : [];
  return { code: failed ? 1 : 0, stdout, stderr };
}

function differentYears(files: readonly ReadFile[]): string | undefined {
  const byYear = new Map<number, string[]>();
  for (const f of files) byYear.set(f.unit.year, [...(byYear.get(f.unit.year) ?? []), f.path]);
  if (byYear.size <= 1) return undefined;
  const groups = [...byYear].sort(([a], [b]) => a - b).map(([y, paths]) => `${y}年度：${paths.join('、')}`);
  return `文件的年度不一致，不能汇总：${groups.join('；')}。请只汇总同一年度的报表。`;
}

/** The format all files share; a mix of variants is summed into the national format of the year. */
function targetFormat(year: number, files: readonly ReadFile[]): FormatDef {
  const parts = files.map((f) => f.unit.format);
  return consolidationFormat(year, NATIONAL, parts) ?? (parts[0] as FormatDef);
}

function problemLines(problems: readonly Problem[], indent: string): string[] {
  if (problems.length === 0) return [`${indent}校验通过：未发现问题。`];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return [
    `${indent}校验发现 ${problems.length} 个问题（错误 ${errors} 个，警告 ${problems.length - errors} 个）：`,
    ...problems.map((p) => `${indent}  [${p.severity === 'error' ? '错误' : '警告'} ${p.ruleId}] ${p.message}`),
  ];
}

/**
 * The same unit twice would be counted twice: say so (two units may share a name, so it is not refused). Names
 * are compared in their normal form, so one copied with invisible characters or other brackets is the same
 * name; names that are probably one unit written two ways (平顶山市湛河区民政局, 湛河区民正局) are asked about.
 */
function duplicateLines(files: readonly ReadFile[], area: string): string[] {
  const seen = new Map<string, { name: string; paths: string[] }>();
  for (const f of files) {
    const key = normalizeUnitName(f.unit.unitName);
    const entry = seen.get(key) ?? { name: cleanUnitName(f.unit.unitName), paths: [] };
    entry.paths.push(f.path);
    seen.set(key, entry);
  }
  const same = [...seen.values()]
    .filter(({ paths }) => paths.length > 1)
    .map(
      ({ name, paths }) =>
        `[警告] 单位“${name}”出现在 ${paths.length} 个文件中（${paths.join('、')}），已重复计入，请确认。`,
    );
  const units = [...seen.values()];
  const near: string[] = [];
  units.forEach((a, i) => {
    for (const b of units.slice(i + 1)) {
      if (!isNearName(a.name, b.name, areaNamesOf([{ name: area }]))) continue;
      near.push(
        `[警告] 单位“${a.name}”（${a.paths.join('、')}）与“${b.name}”（${b.paths.join('、')}）名称相近，` +
          '是否为同一单位？如是，已重复计入，请去掉其中一个文件后重新汇总。',
      );
    }
  });
  return [...same, ...near];
}

function unsharedLines(unshared: readonly { unitId: string; field: string }[], format: FormatDef): string[] {
  const byFile = new Map<string, number>();
  for (const u of unshared) byFile.set(u.unitId, (byFile.get(u.unitId) ?? 0) + 1);
  return [...byFile].map(
    ([path, n]) => `[警告] “${path}”有 ${n} 个数值在汇总格式“${format.name}”中没有对应单元格，未计入汇总。`,
  );
}

function fail(lines: string[]): CommandResult {
  return { code: 1, stdout: [], stderr: lines };
}

/**
 * `convert FILE --out OUT.xlsx`: a report file of any supported kind (the app's JSON, .xlsx, .xls, .csv, .ods) → the
 * official .xlsx, with what the reader noted and the rule check printed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { indexFormat } from '@/domain/format/format-index';
import { TABLE_PROBLEMS, problemsOf } from '@/domain/rules/problems-of';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { officialFileName } from '@/io/export/file-name';
import { readUnitFile } from '@/io/office/read-unit-file';
import type { CommandResult } from './command';
import { parseArgs } from './args';

export const CONVERT_USAGE = 'convert 报表文件（.json/.xlsx/.xls/.csv/.ods） [--out 输出文件.xlsx]';

export async function runConvert(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, ['out']);
  if ('error' in args) return fail(args.error);
  const [file, ...extra] = args.positional;
  if (!file) return fail(`缺少要转换的报表文件。用法：${CONVERT_USAGE}`);
  if (extra.length > 0) return fail(`多余的参数：${extra.join(' ')}。一次只能转换一个文件。`);
  const unknown = [...args.options.keys()].filter((k) => k !== 'out');
  if (unknown.length > 0) return fail(`不认识的选项：${unknown.map((k) => `--${k}`).join(' ')}。`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return fail(`无法读取文件“${file}”：文件不存在或没有读取权限。`);
  }
  const report = await readUnitFile(bytes, file);
  if (!report.ok) return fail(`“${file}”不能转换：${report.reason}`);

  const outOption = args.options.get('out');
  const out =
    typeof outOption === 'string' ? outOption : join(dirname(file), officialFileName(report.year, report.unitName));
  const sheet = await exportReportXlsx({
    format: report.format,
    values: report.values,
    unitName: report.unitName,
    year: report.year,
  });
  try {
    await writeFile(out, sheet);
  } catch {
    return fail(`无法写入“${out}”：请检查目录是否存在、文件是否正被其他程序打开。`);
  }

  const inputs = indexFormat(report.format).inputs;
  const blanks = inputs.filter((f) => report.values[f.key] === null || report.values[f.key] === undefined).length;
  const problems = problemsOf(report, report.unitKind ? { unitKind: report.unitKind } : {}, TABLE_PROBLEMS);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `已导出 ${report.unitName} ${report.year}年度统计表（${report.format.name}）：${inputs.length} 个填报项，` +
      `${blanks} 个空白 → ${out}`,
    ...[...report.notes, ...report.defects].map((line) => `  注意：${line}`),
    problems.length === 0
      ? '校验通过：未发现问题。'
      : `校验发现 ${problems.length} 个问题（错误 ${errors} 个，警告 ${problems.length - errors} 个）：`,
    ...problems.map((p) => `  [${p.severity === 'error' ? '错误' : '警告'} ${p.ruleId}] ${p.message}`),
  ];
  return { code: 0, stdout: lines, stderr: [] };
}

function fail(message: string): CommandResult {
  return { code: 1, stdout: [], stderr: [message] };
}

/**
 * `check FILE... [--prior FILE] [--json]`: reads annual-report tables from other people's files with the same
 * prechecks, limits and label-based reader as the app's import, and prints what was found and every problem.
 * Exit code 1 when any file cannot be read or has errors.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FieldDef, FormatDef } from '@/domain/format/types';
import { computeAll } from '@/domain/rules/compute';
import type { Problem } from '@/domain/rules/engine';
import { TABLE_PROBLEMS, problemsOf } from '@/domain/rules/problems-of';
import { formatNumber } from '@/domain/values/money';
import { GUESS_SOURCE_NAMES, type Guess } from '@/io/import/detect-meta';
import { importFile, type ImportResult } from '@/io/import/import-file';
import { IMPORT_LIMITS, tooLargeMessage } from '@/io/import/limits';
import { parseArgs } from './args';
import type { CommandResult } from './command';
import { nodePdfResources } from './pdf-resources';
import { findingLines, jsonFindings } from './published-findings';

export const CHECK_USAGE = 'check 统计表文件... [--prior 上年统计表文件] [--json]';
export const CHECK_SUMMARY =
  '读取他人报送的统计表（.xlsx/.xls/.et/.ods/.csv）或已发布的年度报告（.html/.htm/.docx/.pdf），' +
  '列出识别到的格式、单位、年度、每个数值和校验问题（年度报告还核对正文与表格）';

type Imported = Extract<ImportResult, { ok: true }>;

export async function runCheck(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, ['prior']);
  if ('error' in args) return fail(args.error);
  const unknown = [...args.options.keys()].filter((k) => k !== 'prior' && k !== 'json');
  if (unknown.length > 0) return fail(`不认识的选项：${unknown.map((k) => `--${k}`).join(' ')}。用法：${CHECK_USAGE}`);
  if (args.positional.length === 0) return fail(`缺少要检查的文件。用法：${CHECK_USAGE}`);
  const json = args.options.get('json') === true;

  const priorPath = args.options.get('prior');
  let prior: Imported | undefined;
  if (typeof priorPath === 'string') {
    const read = await importPath(priorPath);
    if (!read.ok) return fail(`上年文件“${priorPath}”无法读取：${read.reason}`);
    prior = read;
  }

  const stdout: string[] = [];
  const reports: unknown[] = [];
  let failed = false;
  for (const path of args.positional) {
    const read = await importPath(path);
    if (!read.ok) {
      failed = true;
      if (json) reports.push({ file: path, ok: false, reason: read.reason });
      else stdout.push(`== ${path} ==`, `无法读取：${read.reason}`, '');
      continue;
    }
    const context = prior ? { prior: { format: prior.format, values: prior.values } } : {};
    const problems = problemsOf(read, context, TABLE_PROBLEMS);
    if (problems.some((p) => p.severity === 'error')) failed = true;
    if (json) reports.push(jsonReport(path, read, problems));
    else stdout.push(...textReport(path, read, problems), '');
  }
  if (json) stdout.push(JSON.stringify(reports, null, 2));
  return { code: failed ? 1 : 0, stdout, stderr: [] };
}

async function importPath(path: string): Promise<ImportResult> {
  try {
    // Refuse an oversized file by its size before reading it into memory.
    const size = (await stat(path)).size;
    if (size > IMPORT_LIMITS.maxFileBytes) return { ok: false, reason: tooLargeMessage(size) };
    const bytes = new Uint8Array(await readFile(path));
    return await importFile(bytes, basename(path), { pdf: nodePdfResources() });
  } catch {
    return { ok: false, reason: `无法读取文件“${path}”：文件不存在或没有读取权限。` };
  }
}

function textReport(path: string, r: Imported, problems: readonly Problem[]): string[] {
  const names = fieldNames(r.format);
  const lines = [
    `== ${path} ==`,
    `格式：${r.format.name}`,
    `单位：${guessText(r.unitName)}`,
    `年度：${guessText(r.year)}`,
    `读取：${Object.keys(r.values).length} 个填报项（其中空白按 0 计 ${r.blanksReadAsZero} 个），` +
      `表中所填合计 ${Object.keys(r.stated).length} 个，拒绝 ${r.refused.length} 个，未识别的行 ${r.unplaced.length} 个`,
  ];
  const computed = computeAll(r.format, r.values);
  const shownNumber = (v: number | null | undefined) => (v === null || v === undefined ? '空' : formatNumber(v));
  for (const table of r.format.tables) {
    const fields = r.format.fields.filter((f) => f.table === table.key);
    // Every total is listed, computed from the inputs, with the file's own figure beside it when it printed one.
    const shown = fields.filter((f) => f.sumOf || r.values[f.key] !== undefined);
    if (shown.length === 0) continue;
    lines.push(table.heading);
    for (const f of shown) {
      const where = r.sources[f.key];
      const at = where ? `  [${where.sheet}!${where.cell}]` : '';
      const name = names.get(f.key) ?? f.key;
      if (!f.sumOf) {
        lines.push(`  ${name} = ${shownNumber(r.values[f.key])}${at}`);
        continue;
      }
      const stated = r.stated[f.key];
      const beside =
        stated === undefined || stated === null ? '（表中未填）' : `（表中所填 ${formatNumber(stated)}${at}）`;
      lines.push(`  ${name} = ${shownNumber(computed.get(f.key) ?? 0)}（合计）${beside}`);
    }
  }
  for (const n of [...r.parseNotes.map((m) => ({ sheet: '', cell: '', message: m })), ...r.notes]) {
    lines.push(`说明：${n.sheet ? `${n.sheet}!${n.cell} ` : ''}${n.message}`);
  }
  for (const x of r.refused) lines.push(`拒绝：${x.sheet}!${x.cell} “${x.raw}”：${x.reason}`);
  for (const u of r.unplaced) lines.push(`未识别的行：${u.sheet}!${u.cell} “${u.label}”，其数值未导入`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push(
    problems.length === 0
      ? '校验通过：未发现问题。'
      : `校验发现 ${problems.length} 个问题（错误 ${errors} 个，警告 ${problems.length - errors} 个）：`,
    ...problems.map((p) => `  [${p.severity === 'error' ? '错误' : '警告'} ${p.ruleId}] ${p.message}`),
    ...findingLines(r.published),
  );
  return lines;
}

function jsonReport(path: string, r: Imported, problems: readonly Problem[]) {
  const names = fieldNames(r.format);
  return {
    file: path,
    ok: true,
    format: { id: r.format.id, name: r.format.name },
    unit: r.unitName ?? null,
    year: r.year ?? null,
    values: r.format.fields
      .filter((f) => r.values[f.key] !== undefined || r.stated[f.key] !== undefined)
      .map((f) => ({
        key: f.key,
        label: names.get(f.key),
        value: f.sumOf ? r.stated[f.key] : r.values[f.key],
        stated: f.sumOf !== undefined,
        source: r.sources[f.key] ?? null,
      })),
    blanksReadAsZero: r.blanksReadAsZero,
    notes: [...r.parseNotes.map((message) => ({ sheet: '', cell: '', message })), ...r.notes],
    refused: r.refused,
    unplaced: r.unplaced,
    problems: problems.map(({ ruleId, severity, message, cells }) => ({ ruleId, severity, message, cells })),
    ...jsonFindings(r.published),
  };
}

function guessText<T>(g: Guess<T> | undefined): string {
  if (!g) return '未识别（请人工确认）';
  const where = g.cell ? ` ${g.sheet}!${g.cell}` : '';
  return `${String(g.value)}（来自${GUESS_SOURCE_NAMES[g.source]}${where}：“${g.text}”）${g.note ? `。${g.note}` : ''}`;
}

/**
 * Each field named by its printed labels, as short as stays unambiguous within its table: a row label that
 * repeats keeps its enclosing group (`四、行政复议数量 › （二）被依法纠错数`), a column likewise.
 */
export function fieldNames(format: FormatDef): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of format.tables) {
    const fields = format.fields.filter((f) => f.table === table.key);
    const rowName = shortestUnique(fields, (f) => f.rowLabels);
    const colName = shortestUnique(fields, (f) => f.colLabels);
    for (const f of fields) {
      out.set(f.key, [rowName.get(f.key), colName.get(f.key)].filter((s) => s).join(' | '));
    }
  }
  return out;
}

function shortestUnique(fields: readonly FieldDef[], path: (f: FieldDef) => readonly string[]): Map<string, string> {
  const paths = new Map<string, readonly string[]>();
  for (const f of fields) paths.set(path(f).join('\u0000'), path(f));
  const out = new Map<string, string>();
  for (const f of fields) {
    const full = path(f);
    let n = Math.min(1, full.length);
    const clash = (len: number) =>
      [...paths.values()].some(
        (p) => p !== paths.get(full.join('\u0000')) && p.slice(-len).join('\u0000') === full.slice(-len).join('\u0000'),
      );
    while (n < full.length && clash(n)) n += 1;
    out.set(f.key, full.slice(-n).join(' › '));
  }
  return out;
}

function fail(message: string): CommandResult {
  return { code: 1, stdout: [], stderr: [message] };
}

/**
 * One unit's file as the collecting office receives it: the app's own report file (JSON) or a spreadsheet read
 * by the importer. Either way the result is the same shape, with what the reader could not use spelled out, so
 * the office never sums a report that silently lost figures.
 */
import type { FieldKey, FormatDef, UnitKind, Values } from '@/domain/format/types';
import { importFile } from '@/io/import/import-file';
import { parseReportFile } from '@/io/report-file';

export interface UnitFile {
  ok: true;
  unitName: string;
  unitKind?: UnitKind;
  year: number;
  format: FormatDef;
  values: Values;
  /** Figures a spreadsheet printed in its total cells, for the S checks; absent for report files. */
  stated?: Record<FieldKey, number>;
  /** Things to know that do not stop the file being summed (e.g. blanks read as 0). */
  notes: string[];
  /** Things that make the file's figures incomplete: shown, and the command fails. */
  defects: string[];
}

export type UnitFileResult = UnitFile | { ok: false; reason: string };

const LIST_LIMIT = 10;

export async function readUnitFile(bytes: Uint8Array, fileName: string): Promise<UnitFileResult> {
  if (looksLikeJson(bytes, fileName)) return readReportJson(bytes);
  const imported = await importFile(bytes, fileName);
  if (!imported.ok) return imported;
  const year = imported.year?.value;
  if (year === undefined) {
    return {
      ok: false,
      reason: '无法确定报表年度：表格标题、工作表名称和文件名中都没有找到年份。请把年份写进文件名（如“2024年度…”）后再试。',
    };
  }
  const notes: string[] = [];
  const unitName = imported.unitName?.value ?? baseName(fileName);
  if (!imported.unitName) notes.push(`文件中未找到填报单位，按文件名记为“${unitName}”。`);
  if (imported.blanksReadAsZero > 0) notes.push(`${imported.blanksReadAsZero} 个空白单元格按 0 计。`);
  notes.push(...imported.parseNotes);
  const defects: string[] = [];
  if (imported.missingTables.length > 0) defects.push(`文件中缺少：${imported.missingTables.join('、')}。`);
  if (imported.refused.length > 0) {
    const shown = imported.refused.slice(0, LIST_LIMIT).map((r) => `${r.sheet}!${r.cell}“${r.raw}”：${r.reason}`);
    const more = imported.refused.length > LIST_LIMIT ? ` 等共 ${imported.refused.length} 处` : '';
    defects.push(`${imported.refused.length} 个单元格的内容无法读成数字，未计入：${shown.join('；')}${more}。`);
  }
  if (imported.unplaced.length > 0) {
    const shown = imported.unplaced.slice(0, LIST_LIMIT).map((u) => `${u.sheet}!${u.cell}“${u.label}”`);
    notes.push(`${imported.unplaced.length} 行数字的标签不属于本格式，未计入：${shown.join('；')}。`);
  }
  return {
    ok: true,
    unitName,
    year,
    format: imported.format,
    values: imported.values,
    stated: imported.stated,
    notes,
    defects,
  };
}

function readReportJson(bytes: Uint8Array): UnitFileResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: '文件不是 UTF-8 编码的文本，不是本工具保存的报表文件。' };
  }
  const parsed = parseReportFile(text);
  if (!parsed.ok) return parsed;
  const r = parsed.report;
  return {
    ok: true,
    unitName: r.unitName,
    ...(r.unitKind ? { unitKind: r.unitKind } : {}),
    year: r.year,
    format: r.format,
    values: r.values,
    notes: [],
    defects: [],
  };
}

/** By name, or by content for a report file saved under another name: JSON starts with `{` (after a BOM). */
function looksLikeJson(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 64 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i += 1;
  return bytes[i] === 0x7b;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || '未命名单位';
}

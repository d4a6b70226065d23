/**
 * What 从已发布的上年年报导入 would do with a read file, from plain data: why it cannot go in (another year, a
 * format that the year before does not use), whether the file names another unit (asked, not refused: portals
 * print the unit's full name or an older one), and the carry-over cells it gives this year's report.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { carryOverCells, type CarryOverCell } from '@/domain/year-on-year/carry-over';
import { formatMismatch } from '@/widgets/import-preview/preview-model';

export interface PriorImportInput {
  /** This year's report. */
  format: FormatDef;
  values: Values;
  year: number;
  unit: { name: string; aliases: readonly string[] };
  /** What the file was read as. */
  file: { format: FormatDef; values: Values; year?: number; unitName?: string };
  /** The format of the unit's stored report of the year before, when there is one. */
  storedFormatId?: string;
  variant?: string;
}

export interface PriorImportPlan {
  priorYear: number;
  /** Reasons the file cannot be stored as the year before; empty when it can. */
  refusals: string[];
  /** The file names a unit other than this report's (by name and aliases): the clerk confirms it is theirs. */
  otherUnit?: string;
  /** This year's 二、上年结转 cells that the file's 四、结转下年度 would fill (empty for the legacy table). */
  carry: CarryOverCell[];
}

const plain = (name: string) => name.replace(/\s+/gu, '');

export function planPriorImport(input: PriorImportInput): PriorImportPlan {
  const priorYear = input.year - 1;
  const { file } = input;
  const refusals: string[] = [];
  if (file.year !== undefined && file.year !== priorYear) {
    refusals.push(
      `文件是 ${file.year} 年度的年报，本报表的上年是 ${priorYear} 年。请选择本单位 ${priorYear} 年度的年报。`,
    );
  } else {
    const mismatch = formatMismatch(file.format, priorYear, input.storedFormatId, input.variant);
    if (mismatch) refusals.push(mismatch);
  }
  const names = [input.unit.name, ...input.unit.aliases].map(plain);
  const otherUnit = file.unitName && !names.includes(plain(file.unitName)) ? file.unitName : undefined;
  const carry = refusals.length > 0 ? [] : carryOverCells(input.format, input.values, file);
  return { priorYear, refusals, ...(otherUnit ? { otherUnit } : {}), carry };
}

/**
 * Results as they cross the worker boundary: the format travels as its id, so per-format caches keep working
 * on the other side. Kept apart from the parser so the main bundle can read results without loading SheetJS.
 */
import { formatById } from '@/domain/formats/registry';
import type { ImportResult } from './import-file';
import type { ImportedReport } from './read-report';
import type { PublishedInfo } from '../published/published-kind';

/** A result as posted by the worker. */
export type TransferredResult =
  | (Omit<ImportedReport, 'format'> & { formatId: string; parseNotes: string[]; published?: PublishedInfo })
  | { ok: false; reason: string };

export function toTransfer(result: ImportResult): TransferredResult {
  if (!result.ok) return result;
  const { format, ...rest } = result;
  return { ...rest, formatId: format.id };
}

export function fromTransfer(result: TransferredResult): ImportResult {
  if (!result.ok) return result;
  const { formatId, ...rest } = result;
  const format = formatById(formatId);
  if (!format) return { ok: false, reason: `未知的表格格式“${formatId}”，请更新本工具后再导入。` };
  return { ...rest, format };
}

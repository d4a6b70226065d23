/**
 * Stores one imported file as ONE transaction: the unit (created with the file's name when it is new), the
 * report of that year, every input value and printed total through `importValuesInto` (history and summaries
 * included), and the file kept as a dated received version. Any failure leaves nothing of it behind.
 */
import type { UnitKind, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import type { ReceiptRow, ReportRow, UnitRow, XxgkDb } from '../db';
import { RefusedError, runWrite } from '../errors';
import { readFormatVariant } from '../format-variant-setting';
import { readWithNeighbours, reportIdOf, type Neighbours } from '../report-summary';
import { blankReport, emptyReport, importValuesInto } from '../reports-repo';
import { newUnitRow, refuseNewUnitClashes } from '../units-repo';
import { receiptAfterStep } from '../office/receipts-repo';
import type { ReceiptEvent } from '@/domain/office/receipt';
import { addToRoster } from '../office/roster-repo';
import { writeBesideCheck } from '../write-beside-check';

export type ImportUnitChoice = { kind: 'existing'; unitId: string } | { kind: 'new'; name: string; unitKind: UnitKind };

export interface ImportCommit {
  unit: ImportUnitChoice;
  year: number;
  /** The format the file was read in; the report of that year must use the same one. */
  formatId: string;
  /** Input values (blank cells of the file already read as 0 by the reader). */
  values: Values;
  /** What the file printed in computed cells. */
  stated?: Values;
  fileName: string;
  /** Operator's name for the cell history. */
  who: string;
  /**
   * The report's `rev` the preview compared against, or null when the preview found no report: a report
   * changed (or created) since then refuses the import, so no figures the user has not seen are overwritten.
   */
  expectedRev?: number | null;
  /** The user confirmed explicitly that a 已完成 report is reopened (set back to 草稿) and overwritten. */
  reopenCompleted?: boolean;
  receivedAt?: number;
  /**
   * The area and year the office is collecting: a unit created here is placed under the area, and a file of that
   * year puts its unit on the area's roster.
   */
  collect?: { areaId: string; year: number };
}

export interface ImportCommitted {
  reportId: string;
  unitId: string;
  unitCreated: boolean;
  /** Input cells whose stored value changed. */
  changed: number;
  reopened: boolean;
}

export const COMPLETED_IMPORT_MESSAGE =
  '该单位这一年度的报表已标记为“已完成”，导入会覆盖其中的数据。请勾选“重新打开并覆盖”后再确认导入。';
export const CHANGED_SINCE_PREVIEW_MESSAGE =
  '预览之后这份报表已在其他窗口被修改，本次导入未保存。请重新打开预览，核对差异后再确认导入。';

export async function commitImport(db: XxgkDb, input: ImportCommit): Promise<ImportCommitted> {
  const tables = ['units', 'reports', 'cellHistory', 'receivedVersions', 'settings', 'receipts', 'rosters'] as const;
  return runWrite(db, tables, () =>
    input.unit.kind === 'new' ? commitForNewUnit(db, input, input.unit) : commitForUnit(db, input, input.unit.unitId),
  );
}

/** A stored unit: its report (with neighbours and receipt) and the format setting in one round, then the writes. */
async function commitForUnit(db: XxgkDb, input: ImportCommit, unitId: string): Promise<ImportCommitted> {
  const [{ stored, around }, receiptBefore, variant] = await Promise.all([
    readWithNeighbours(db, unitId, input.year),
    db.receipts.get(reportIdOf(unitId, input.year)),
    readFormatVariant(db),
  ]);
  refuseIfChangedSincePreview(stored, input.expectedRev);
  const report = stored ?? blankReport(around.unit, input.year, variant);
  refuseOtherFormat(report, input.formatId);
  return writeImport(db, input, { unitId, report, around, ...(receiptBefore ? { receiptBefore } : {}) });
}

/**
 * A unit made from the file: nothing of it is stored, so the writes need nothing read. They go out behind the
 * checks (its name free, its parent present) and the format setting, and the report is made in the file's
 * format: the check refuses it unless the workspace would make that very report for the year.
 */
async function commitForNewUnit(
  db: XxgkDb,
  input: ImportCommit,
  unit: Extract<ImportUnitChoice, { kind: 'new' }>,
): Promise<ImportCommitted> {
  refuseIfChangedSincePreview(undefined, input.expectedRev);
  const parent = input.collect ? { parentId: input.collect.areaId } : {};
  const made = newUnitRow({ name: unit.name, kind: unit.unitKind, ...parent });
  return writeBesideCheck(
    Promise.all([refuseNewUnitClashes(db, made), readFormatVariant(db)]),
    ([, variant]) => refuseOtherFormat(blankReport(made, input.year, variant), input.formatId),
    () =>
      writeImport(db, input, {
        unitId: made.id,
        made,
        report: emptyReport(made, input.year, input.formatId),
        around: { unit: made },
      }),
  );
}

interface Target {
  unitId: string;
  /** A new unit's row, checked and not yet stored. */
  made?: UnitRow;
  /** The report to fill: as stored, or new (not yet stored). */
  report: ReportRow;
  around: Neighbours;
  receiptBefore?: ReceiptRow;
}

/** Every write of the import, issued at once: the values with history and summaries, unit, receipt, roster, file. */
async function writeImport(db: XxgkDb, input: ImportCommit, target: Target): Promise<ImportCommitted> {
  const { unitId, made, report, around, receiptBefore } = target;
  const reopened = report.status === '已完成';
  if (reopened) {
    if (!input.reopenCompleted) throw new RefusedError(COMPLETED_IMPORT_MESSAGE);
    report.status = '草稿'; // reopened and overwritten in the one write below
  }
  const figures = {
    values: input.values,
    ...(input.stated ? { stated: input.stated } : {}),
  };
  const receivedAt = input.receivedAt ?? Date.now();
  const event: ReceiptEvent = { kind: 'receive', at: receivedAt, fileName: input.fileName };
  if (input.who) event.who = input.who;
  const receipt = receiptAfterStep(receiptBefore, unitId, input.year, event);
  const [{ changed }] = await Promise.all([
    importValuesInto(db, report, figures, input.who, around),
    made ? db.units.add(made) : undefined,
    db.receipts.put(receipt),
    input.collect?.year === input.year ? addToRoster(db, input.collect.areaId, input.year, [unitId]) : undefined,
    db.receivedVersions.add({
      reportId: report.id,
      receivedAt,
      fileName: input.fileName,
      values: plainValues(input.values),
      ...(input.stated ? { stated: input.stated } : {}),
    }),
  ]);
  return { reportId: report.id, unitId, unitCreated: made !== undefined, changed, reopened };
}

function refuseIfChangedSincePreview(row: ReportRow | undefined, expectedRev: number | null | undefined): void {
  if (expectedRev === undefined) return;
  const rev = row ? row.rev : null;
  if (rev !== expectedRev) throw new RefusedError(CHANGED_SINCE_PREVIEW_MESSAGE);
}

function refuseOtherFormat(report: ReportRow, formatId: string): void {
  if (report.formatId === formatId) return;
  const fileFormat = formatById(formatId)?.name ?? formatId;
  const reportFormat = formatById(report.formatId)?.name ?? report.formatId;
  throw new RefusedError(
    `文件是${fileFormat}的统计表，而 ${report.year} 年的报表使用${reportFormat}，未导入任何数据。请核对年度。`,
  );
}

function plainValues(values: Values): Record<string, number | null> {
  // A file's values as read carry no undefined; copying some 170 keys costs more than looking.
  if (!Object.values(values).includes(undefined)) return values as Record<string, number | null>;
  const out: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(values)) out[key] = value ?? null;
  return out;
}

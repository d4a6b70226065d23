/**
 * The office's receipt of each unit's file, per year: received with an import, returned with reasons, accepted.
 * Every step is one transaction; a return or an acceptance names the rev it was decided on, so a step taken on a
 * screen that has not yet seen a newer file is refused.
 */
import { NOT_RECEIVED, receiptAfter, type ReceiptEvent } from '@/domain/office/receipt';
import type { ReceiptRow, XxgkDb } from '../db';
import { RefusedError, runRead, runWrite } from '../errors';
import { reportIdOf } from '../report-summary';

export const RECEIPT_CHANGED_MESSAGE =
  '这个单位的报送状态已在其他窗口或由新导入的文件改变，本次操作未保存。请核对最新状态后再操作。';

export function receiptsRepo(db: XxgkDb) {
  return {
    ofYear: (year: number) => runRead(db, () => db.receipts.where('year').equals(year).toArray()),
    get: (unitId: string, year: number) => runRead(db, () => db.receipts.get(reportIdOf(unitId, year))),
    /** A file was received, as a step of its own (an import takes the same step with its other writes). */
    receive: (unitId: string, year: number, fileName: string, at: number, who?: string) =>
      step(db, unitId, year, { kind: 'receive', at, fileName, ...(who ? { who } : {}) }),
    /** 退回修改 with the reasons sent; `expectedRev` is the receipt's rev the office looked at. */
    returnUnit: (unitId: string, year: number, reasons: string, expectedRev: number, who?: string) =>
      step(db, unitId, year, { kind: 'return', at: Date.now(), reasons, ...(who ? { who } : {}) }, expectedRev),
    accept: (unitId: string, year: number, expectedRev: number, who?: string) =>
      step(db, unitId, year, { kind: 'accept', at: Date.now(), ...(who ? { who } : {}) }, expectedRev),
  };
}

async function step(
  db: XxgkDb,
  unitId: string,
  year: number,
  event: ReceiptEvent,
  expectedRev?: number,
): Promise<ReceiptRow> {
  return runWrite(db, ['receipts'], async () => {
    const row = receiptAfterStep(await db.receipts.get(reportIdOf(unitId, year)), unitId, year, event, expectedRev);
    await db.receipts.put(row);
    return row;
  });
}

/**
 * The receipt after a step, from the row as read (`undefined`: nothing received yet); refused when the step does
 * not follow or the row moved past `expectedRev`. An import reads the row with its other reads and calls this.
 */
export function receiptAfterStep(
  before: ReceiptRow | undefined,
  unitId: string,
  year: number,
  event: ReceiptEvent,
  expectedRev?: number,
): ReceiptRow {
  if (expectedRev !== undefined && (before?.rev ?? 0) !== expectedRev) throw new RefusedError(RECEIPT_CHANGED_MESSAGE);
  const id = reportIdOf(unitId, year);
  const current = before ?? { ...NOT_RECEIVED, id, unitId, year, rev: 0 };
  const next = receiptAfter(current, event);
  if (typeof next === 'string') throw new RefusedError(next);
  return { ...next, id, unitId, year, rev: current.rev + 1 };
}

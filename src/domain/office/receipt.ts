/**
 * Receipt: where a unit's file stands with the collecting office, beside the clerk's own 草稿/已完成.
 * 未报送 → 已报送 (a file received, with its date and name) → 已退回 (with the reasons sent) → 已报送 again (a
 * corrected file) → 已审核 (accepted). Each step is kept in the history, so the office can tell what it sent when.
 */
export type ReceiptState = '未报送' | '已报送' | '已退回' | '已审核';

export const RECEIPT_STATES: readonly ReceiptState[] = ['未报送', '已报送', '已退回', '已审核'];

export interface ReceiptStep {
  state: Exclude<ReceiptState, '未报送'>;
  at: number;
  fileName?: string;
  reasons?: string;
  who?: string;
}

export interface Receipt {
  state: ReceiptState;
  /** The last file received. */
  receivedAt?: number;
  fileName?: string;
  /** The reasons of the last return. */
  reasons?: string;
  steps: ReceiptStep[];
}

export const NOT_RECEIVED: Receipt = { state: '未报送', steps: [] };

export type ReceiptEvent =
  | { kind: 'receive'; at: number; fileName: string; who?: string }
  | { kind: 'return'; at: number; reasons: string; who?: string }
  | { kind: 'accept'; at: number; who?: string };

/** The receipt after an event, or a Chinese reason why the event does not apply now. */
export function receiptAfter(current: Receipt, event: ReceiptEvent): Receipt | string {
  const who = event.who ? { who: event.who } : {};
  switch (event.kind) {
    case 'receive':
      // A new file is received in any state; after 已审核 it reopens the review.
      return {
        ...current,
        state: '已报送',
        receivedAt: event.at,
        fileName: event.fileName,
        steps: [...current.steps, { state: '已报送', at: event.at, fileName: event.fileName, ...who }],
      };
    case 'return': {
      if (current.state !== '已报送' && current.state !== '已审核') return '只有已报送的单位可以退回修改。';
      const reasons = event.reasons.trim();
      if (reasons === '') return '请写明退回修改的原因。';
      return {
        ...current,
        state: '已退回',
        reasons,
        steps: [...current.steps, { state: '已退回', at: event.at, reasons, ...who }],
      };
    }
    case 'accept':
      if (current.state !== '已报送') {
        return current.state === '已退回'
          ? '该单位已被退回修改，收到改正后的文件后才能审核通过。'
          : current.state === '已审核'
            ? '该单位已审核通过。'
            : '该单位尚未报送，不能审核通过。';
      }
      return { ...current, state: '已审核', steps: [...current.steps, { state: '已审核', at: event.at, ...who }] };
  }
}

/**
 * A unit's 退回修改: the list of its open problems (or the reasons already sent), edited in place, copied, printed
 * or saved, and — for a received file — recorded as 已退回 with those reasons. Also the 审核通过 step. A refused step
 * (the receipt changed in another window or by a new file) is told, and the edited text stays on screen.
 */
import { useCallback, useState } from 'react';
import { showNotice } from '@/state/notice-store';
import type { XxgkDb } from '@/storage/db';
import { receiptsRepo } from '@/storage/office/receipts-repo';
import { useOperatorName } from '@/storage/settings-hooks';
import type { DashboardRow } from './dashboard-rows';
import { TextListBox } from './text-list-box';

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : '请重试。');

interface Props {
  db: XxgkDb;
  row: DashboardRow;
  year: number;
  text: string;
  onClose: () => void;
}

export function ReturnPanel({ db, row, year, text, onClose }: Props) {
  const [reasons, setReasons] = useState(text);
  const [busy, setBusy] = useState(false);
  const who = useOperatorName(db) ?? undefined;
  const canReturn = row.receipt === '已报送' || row.receipt === '已审核';
  const confirm = async () => {
    setBusy(true);
    try {
      await receiptsRepo(db).returnUnit(row.unit.id, year, reasons, row.receiptRow?.rev ?? 0, who);
      showNotice({ tone: 'info', title: `已记录：${row.unit.name}已退回修改。` });
    } catch (error) {
      showNotice({ tone: 'error', title: `未记录退回：${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <TextListBox
      title={`退回修改：${row.unit.name}`}
      text={reasons}
      fileName={`${year}年度_${row.unit.name}_退回修改清单.txt`}
      onClose={onClose}
      {...(canReturn ? { onEdit: setReasons } : {})}
    >
      {canReturn && (
        <button type="button" disabled={busy} onClick={() => void confirm()}>
          确认退回（记为已退回）
        </button>
      )}
      {row.receipt === '已退回' && <span>已于退回时发送以上原因，收到改正后的文件后将记为已报送。</span>}
    </TextListBox>
  );
}

/** 审核通过 of a received file, at the receipt's rev the dashboard shows. */
export function useAccept(db: XxgkDb, year: number) {
  const who = useOperatorName(db) ?? undefined;
  return useCallback(
    async (row: DashboardRow) => {
      try {
        await receiptsRepo(db).accept(row.unit.id, year, row.receiptRow?.rev ?? 0, who);
        showNotice({ tone: 'info', title: `已记录：${row.unit.name}审核通过。` });
      } catch (error) {
        showNotice({ tone: 'error', title: `未记录审核：${messageOf(error)}` });
      }
    },
    [db, year, who],
  );
}

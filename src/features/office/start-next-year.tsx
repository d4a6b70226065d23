/** “开始下一年度”: asks once, then creates next year's reports with 上年结转 filled, and says what it did. */
import { useState } from 'react';
import { showNotice } from '@/state/notice-store';
import type { XxgkDb } from '@/storage/db';
import { startNextYear } from '@/storage/office/start-next-year';
import { settingsRepo } from '@/storage/settings-repo';

interface Props {
  db: XxgkDb;
  year: number;
  unitIds: readonly string[];
  onDone: () => void;
}

export function StartNextYear({ db, year, unitIds, onDone }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = year + 1;

  const run = async () => {
    setBusy(true);
    try {
      const who = (await settingsRepo(db).operatorName()) ?? '';
      const r = await startNextYear(db, year, unitIds, who || undefined);
      const kept = r.kept > 0 ? `；${r.kept} 个单位已有${next}年度报表，未作改动` : '';
      showNotice({
        tone: 'info',
        title: `已为 ${r.created} 个单位创建${next}年度报表，其中 ${r.filled} 个已按${year}年度“结转下年度继续办理”填入“上年结转”${kept}。`,
      });
      setAsking(false);
      onDone();
    } catch (error) {
      showNotice({
        tone: 'error',
        title: `${next}年度报表未创建（一份也没有写入）：${error instanceof Error ? error.message : '请重试。'}`,
      });
    } finally {
      setBusy(false);
    }
  };

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        开始下一年度（{next}年）
      </button>
    );
  }
  return (
    <span className="of-confirm" role="group" aria-label="确认开始下一年度">
      将为 {unitIds.length} 个单位创建{next}年度报表，并填入上年结转；已有报表的单位不受影响。
      <button type="button" onClick={() => void run()} disabled={busy}>
        确定创建
      </button>
      <button type="button" onClick={() => setAsking(false)} disabled={busy}>
        取消
      </button>
    </span>
  );
}

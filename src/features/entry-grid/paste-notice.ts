/** The message after a paste: what was refused and why, what was converted, what was left out. Pure. */
import type { Notice } from '@/state/notice-store';
import type { PastePlan } from './grid-block';

export function pasteNotice(plan: PastePlan): Omit<Notice, 'id'> | null {
  const lines = [...plan.refused.map((r) => `${r.name}：${r.reason}（原文已保留在格中，请改正）`), ...plan.notes];
  if (plan.skippedComputed > 0) lines.push(`${plan.skippedComputed} 个值落在自动计算的格上，已跳过（总计由程序计算）`);
  if (plan.skippedOther > 0) lines.push(`${plan.skippedOther} 个值落在表头或文字说明格上，已跳过`);
  if (plan.outside > 0) lines.push(`${plan.outside} 个值超出了表格范围，未粘贴`);
  if (lines.length === 0) return null;
  const taken = `已粘贴 ${plan.changes.length} 个单元格`;
  if (plan.refused.length > 0) {
    return { tone: 'warning', title: `${taken}；有 ${plan.refused.length} 个值无法识别，未保存：`, lines };
  }
  return { tone: 'info', title: `${taken}。请注意：`, lines };
}

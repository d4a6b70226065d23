/**
 * The message after a paste: what was refused and why, what was converted, and every value that landed on a
 * computed total and disagrees with what the program computes from the parts. Pure.
 */
import type { FieldKey } from '@/domain/format/types';
import type { Notice } from '@/state/notice-store';
import type { PastePlan } from './grid-block';

/** `computedAfter`: what a computed cell shows once the paste is stored (null while all its parts are blank). */
export function pasteNotice(
  plan: PastePlan,
  computedAfter: (field: FieldKey) => number | null,
): Omit<Notice, 'id' | 'place'> | null {
  const lines = [...plan.refused.map((r) => `${r.name}：${r.reason}（原文已保留在格中，请改正）`), ...plan.notes];
  for (const hit of plan.computed) {
    const ours = computedAfter(hit.field);
    if (hit.value !== undefined && hit.value === ours) continue;
    const computed = ours === null ? '空白（分项均未填写）' : String(ours);
    lines.push(`${hit.name}：源表总计 ${hit.text.trim()}，按分项计算为 ${computed}（总计由程序计算，未采用源表的数）`);
  }
  if (plan.skippedOther > 0) lines.push(`${plan.skippedOther} 个值落在表头或文字说明格上，已跳过`);
  if (plan.outside > 0) lines.push(`${plan.outside} 个值超出了表格范围，未粘贴`);
  if (lines.length === 0) return null;
  const taken = `已粘贴 ${plan.changes.length} 个单元格`;
  if (plan.refused.length > 0) {
    return { tone: 'warning', title: `${taken}；有 ${plan.refused.length} 个值无法识别，未保存：`, lines };
  }
  const disagree = lines.some((l) => l.includes('源表总计'));
  return { tone: disagree ? 'warning' : 'info', title: `${taken}。请注意：`, lines };
}

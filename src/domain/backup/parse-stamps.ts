/**
 * The versions of edited texts in a backup file (report text sections, 填写说明): stamps per key and the texts
 * later saves replaced. A malformed entry is left out, never refusing the file: they only guard later edits.
 */
import type { BackupReplacedText, BackupStamp } from './backup-shape';
import { isRecord, isTime } from './parse-issues';

export function stampOf(value: unknown): BackupStamp | undefined {
  if (!isRecord(value)) return undefined;
  const { rev, at, who, window } = value;
  if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 0 || !isTime(at)) return undefined;
  if (typeof who !== 'string' || typeof window !== 'string') return undefined;
  return { rev, at, who, window };
}

export function stampsOf(raw: Record<string, unknown>): Record<string, BackupStamp> {
  const stamps: Record<string, BackupStamp> = {};
  for (const [key, value] of Object.entries(raw)) {
    const stamp = stampOf(value);
    if (stamp) stamps[key] = stamp;
  }
  return stamps;
}

export function replacedOf(raw: readonly unknown[]): BackupReplacedText[] {
  return raw.flatMap((h): BackupReplacedText[] => {
    if (!isRecord(h) || typeof h.key !== 'string' || typeof h.text !== 'string' || !isTime(h.replacedAt)) return [];
    const stamp = stampOf(h.stamp);
    return [{ key: h.key, text: h.text, replacedAt: h.replacedAt, ...(stamp ? { stamp } : {}) }];
  });
}

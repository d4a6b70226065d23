/**
 * Stored summaries are a cache of the rule check. A new release may change a rule or a format, so at start
 * the app compares a fingerprint of the rules with the one the summaries were computed under and, when it
 * differs, recomputes every summary once (one transaction; a few hundred reports take well under a second).
 */
import { FORMATS } from '@/domain/formats/registry';
import type { XxgkDb } from './db';
import { runRead, runWrite } from './errors';
import { putWithSummaries } from './report-summary';

const SETTING = 'summaryRulesFingerprint';

/** FNV-1a over the parts of every format that the rule check reads. */
export function rulesFingerprint(): string {
  const text = JSON.stringify(
    FORMATS.map((f) => [f.id, f.fields.map((d) => [d.key, d.kind, d.sumOf ?? null]), f.rules]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Recomputes every stored summary when the rules changed since they were computed; returns whether it did. */
export async function refreshSummariesIfRulesChanged(db: XxgkDb): Promise<boolean> {
  const current = rulesFingerprint();
  // The usual case (same release) is one read, so no write lock holds up the first page's reads.
  const stored = await runRead(db, () => db.settings.get(SETTING));
  if (stored?.value === current) return false;
  return runWrite(db, ['units', 'reports', 'settings'], async () => {
    if ((await db.settings.get(SETTING))?.value === current) return false;
    await putWithSummaries(db, await db.reports.toArray(), Date.now());
    await db.settings.put({ key: SETTING, value: current });
    return true;
  });
}

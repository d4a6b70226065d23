/** The operator's name, live (undefined while loading, null when never set). */
import { useLiveRead } from './use-live-read';
import type { XxgkDb } from './db';
import { settingsRepo } from './settings-repo';
import { readFormatVariantSetting } from './format-variant-setting';

export function useOperatorName(db: XxgkDb): string | null | undefined {
  return useLiveRead(async () => (await settingsRepo(db).operatorName()) ?? null, [db]);
}

/** The workspace's format variant with its version (for the form that changes it), live; undefined while loading. */
export function useFormatVariantSetting(db: XxgkDb): { variant: string; rev: number } | undefined {
  return useLiveRead(() => readFormatVariantSetting(db), [db]);
}

/** The workspace's format variant alone, live (undefined while loading). */
export function useFormatVariant(db: XxgkDb): string | undefined {
  return useFormatVariantSetting(db)?.variant;
}

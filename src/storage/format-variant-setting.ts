/**
 * The workspace's format variant (national unless a province's own tables are used), kept in settings. It
 * decides the format of every new report and of the area total (`formatFor`, `consolidationFormat`).
 */
import { NATIONAL, knownVariants } from '@/domain/formats/registry';
import type { XxgkDb } from './db';
import { RefusedError } from './errors';
import { settingsRepo } from './settings-repo';

export const FORMAT_VARIANT_SETTING = 'formatVariant';

/** A stored variant this program no longer knows reads as national (its reports keep their own format id). */
export function parseFormatVariant(value: unknown): string {
  return typeof value === 'string' && knownVariants().includes(value) ? value : NATIONAL;
}

/** Reads directly from the table, so it also works inside a writing transaction that includes `settings`. */
export async function readFormatVariant(db: XxgkDb): Promise<string> {
  return parseFormatVariant((await db.settings.get(FORMAT_VARIANT_SETTING))?.value);
}

/** The variant with its version, for the form that changes it. */
export async function readFormatVariantSetting(db: XxgkDb): Promise<{ variant: string; rev: number }> {
  const { value, rev } = await settingsRepo(db).getVersioned(FORMAT_VARIANT_SETTING);
  return { variant: parseFormatVariant(value), rev };
}

/** Saves the variant read at version `expectedRev`; a `StaleWriteError` when another window changed it since. */
export async function saveFormatVariant(db: XxgkDb, variant: string, expectedRev: number): Promise<void> {
  if (!knownVariants().includes(variant)) {
    throw new RefusedError(`本程序没有“${variant}”的统计表格式，设置未保存。`);
  }
  await settingsRepo(db).setAt(FORMAT_VARIANT_SETTING, variant, expectedRev, '统计表格式设置');
}

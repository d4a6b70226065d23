/** Reading back what the app let the browser download, and the few binary checks the tests need. */
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../../src/io/import/zip-directory';

/** Clicks `trigger` and returns the file the page hands to the browser, with its suggested name. */
export async function downloadBy(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    trigger.click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** True when the bytes start like a zip package (.xlsx, .docx). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The report page's “导出 Excel”: with open errors the page first asks (“仍然导出”), without them it saves at once.
 * The header's error count says which, so the test knows what to expect instead of racing the prompt.
 */
export async function exportReportSheet(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const countText = (await page.locator('.re-header .re-count-error').textContent()) ?? '';
  const errors = Number(countText.replace(/\D/g, '') || '0');
  const trigger = page.getByRole('button', { name: '导出 Excel' });
  if (errors === 0) return downloadBy(page, trigger);
  await trigger.click();
  await page.getByRole('alert').filter({ hasText: '导出的文件会带着这些错误' }).waitFor();
  return downloadBy(page, page.getByRole('button', { name: '仍然导出' }));
}

/** One part of a zip file (a .docx's `word/document.xml`), inflated; undefined when it is not there. */
export function zipPart(bytes: Uint8Array, name: string): string | undefined {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return undefined;
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry || entry.dataOffset < 0) return undefined;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  return (entry.method === 0 ? Buffer.from(data) : inflateRawSync(data)).toString('utf8');
}

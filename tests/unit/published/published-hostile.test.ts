/**
 * Published-report files that must be refused, each within a bounded time and with a Chinese message: a .docx
 * zip bomb, a report saved as legacy .doc, a scanned PDF without a text layer, a PDF claiming a million pages,
 * a 50 MB page; and a page whose scripts, images and stylesheets are never run or fetched.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodePdfResources } from '@/cli/pdf-resources';
import { importFile } from '@/io/import/import-file';
import { readHtml } from '@/io/published/html-reader';
import { millionObjectPdf } from '../../fixtures/published/hostile-pdf';

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));
const load = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

async function refused(bytes: Uint8Array, name: string): Promise<{ reason: string; ms: number }> {
  const t0 = performance.now();
  const got = await importFile(bytes, name, { pdf: nodePdfResources() });
  if (got.ok) throw new Error(`${name} was read`);
  return { reason: got.reason, ms: performance.now() - t0 };
}

describe('hostile published reports', () => {
  it('refuses a .docx zip bomb before inflating it', async () => {
    const { reason, ms } = await refused(load('hostile-zip-bomb.docx'), '年报.docx');
    expect(reason).toContain('解压后过大');
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a legacy .doc with the advice to save it as .docx', async () => {
    const { reason } = await refused(load('legacy-word-2021.doc'), '年报.doc');
    expect(reason).toContain('另存为 .docx');
  });

  it('refuses a scanned PDF plainly: it has no text layer', async () => {
    const { reason } = await refused(load('hostile-scanned.pdf'), '扫描件.pdf');
    expect(reason).toContain('没有文字层');
  });

  it('refuses a PDF of a million objects in bounded time', async () => {
    const { reason, ms } = await refused(millionObjectPdf(), '年报.pdf');
    expect(reason).toMatch(/页|损坏/u);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('refuses a 50 MB page by its size', async () => {
    const page = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const { reason, ms } = await refused(page, '年报.html');
    expect(reason).toContain('文件太大');
    expect(ms).toBeLessThan(1_000);
  });

  it('keeps scripts, images and stylesheets of a page out of the text and runs none of them', () => {
    const html = load('2021-agreeing.html');
    const doc = readHtml(new TextDecoder().decode(html));
    const text = JSON.stringify(doc);
    expect(text).not.toContain('__ran');
    expect(text).not.toContain('tracker');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });
});

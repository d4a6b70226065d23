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

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));
const load = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

async function refused(bytes: Uint8Array, name: string): Promise<{ reason: string; ms: number }> {
  const t0 = performance.now();
  const got = await importFile(bytes, name, { pdf: nodePdfResources() });
  if (got.ok) throw new Error(`${name} was read`);
  return { reason: got.reason, ms: performance.now() - t0 };
}

/** A PDF whose page tree lists a million kids: a million object references, a few megabytes. */
function millionObjectPdf(): Uint8Array {
  const kids = '3 0 R '.repeat(1_000_000);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count 1000000 /Kids [${kids}] >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
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

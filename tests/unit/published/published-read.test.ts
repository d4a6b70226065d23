/**
 * Published reports made by LibreOffice from portal-like pages (tests/fixtures/published, by
 * scripts/make-published-fixtures.ts): each of the three formats, as a web page, a Word .docx and a PDF, reads to
 * the generator's figures through the import's one entry, with the unit and year of its title, and its prose
 * gives exactly the findings the generator wrote into it (none for an agreeing text).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodePdfResources } from '@/cli/pdf-resources';
import { importFile } from '@/io/import/import-file';

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));

interface Expected {
  formatId: string;
  unit: string;
  year: number;
  values: Record<string, number>;
  findings: string[];
}

const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<string, Expected>;
// Each page also printed straight to PDF by LibreOffice's web layout (other page breaks); the bench's long
// report only through Word.
const cases = Object.entries(manifest).flatMap(([name, want]) =>
  (name.startsWith('bench-') ? ['html', 'docx', 'pdf'] : ['html', 'docx', 'pdf', 'web.pdf']).map(
    (ext) => [`${name}.${ext}`, want] as const,
  ),
);

describe('published reports: tables, title and findings', () => {
  it.each(cases)(
    '%s',
    async (file, want) => {
      const got = await importFile(new Uint8Array(readFileSync(`${DIR}${file}`)), file, { pdf: nodePdfResources() });
      if (!got.ok) throw new Error(`${file} refused: ${got.reason}`);
      expect(got.format.id).toBe(want.formatId);
      expect(got.year?.value).toBe(want.year);
      expect(got.unitName?.value).toBe(want.unit);
      const wrong = Object.entries(want.values)
        .map(([key, v]) => [key, v, got.values[key] ?? got.stated[key]] as const)
        .filter(([, v, read]) => read !== v)
        .map(([key, v, read]) => `${key}: want ${v}, got ${read}`);
      expect(wrong).toEqual([]);
      expect(got.published?.kind).toBe(file.split('.').pop());
      expect(got.published?.findings.map((f) => f.rule).sort()).toEqual([...want.findings].sort());
    },
    60_000,
  );

  it('quotes the contradicting sentences verbatim, with their section and the table figure', async () => {
    const file = '2021-contradicting.docx';
    const got = await importFile(new Uint8Array(readFileSync(`${DIR}${file}`)), file);
    if (!got.ok) throw new Error(got.reason);
    const html = readFileSync(`${DIR}2021-contradicting.html`, 'utf8');
    const none = got.published?.findings.find((f) => f.quote?.startsWith('本年度未收到'));
    expect(none).toMatchObject({
      rule: 'T1',
      section: 3,
      figure: manifest['2021-contradicting']?.values['t3.received.total'],
    });
    for (const f of got.published?.findings ?? []) if (f.quote) expect(html).toContain(f.quote.replace(/。$/u, ''));
    expect(got.published?.findings.find((f) => f.rule === 'T4')).toMatchObject({ section: 5, quote: '无。' });
  });
});

/**
 * The report .docx unzipped (SheetJS's zip reader) and its XML read back: page and margins, fonts, headings,
 * body text, and Tables 二–四 cell by cell against the format's layout, merges included.
 */
import { computeAll } from '@/domain/rules/compute';
import { draftReport } from '@/domain/report-text/draft';
import type { TableDef } from '@/domain/format/types';
import { formatNumber } from '@/domain/values/money';
import { exportReportDocx } from '@/io/docx/report-docx';
import { loadFixture, packagePart } from './read-back';

const fixture = loadFixture('national-2021');
const sections = draftReport(fixture.format, fixture.values, fixture.unitName, fixture.year)!;
const title = `${fixture.unitName}${fixture.year}年政府信息公开工作年度报告`;

interface XmlCell {
  gridSpan: number;
  vMerge?: string;
  text: string;
  xml: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);

function tablesOf(documentXml: string): XmlCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...t[1]!.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => {
        const xml = c[1]!;
        const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
        return {
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 1),
          ...(vMerge ? { vMerge: vMerge[1] ?? 'continue' } : {}),
          text: textOf(xml),
          xml,
        };
      }),
    ),
  );
}

/** Whether every input a total sums, through its sub-totals, is blank in the fixture. */
function blankInputsOnly(key: string): boolean {
  const def = fixture.format.fields.find((f) => f.key === key)!;
  if (!def.sumOf) return fixture.values[key] === null || fixture.values[key] === undefined;
  return def.sumOf.every(blankInputsOnly);
}

/** The cell of a Word row that starts at grid column `col` (0-based). */
function cellAtColumn(row: readonly XmlCell[], col: number): XmlCell | undefined {
  let c = 0;
  for (const cell of row) {
    if (c === col) return cell;
    c += cell.gridSpan;
  }
  return undefined;
}

describe('exportReportDocx', () => {
  let documentXml: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await exportReportDocx({
      title,
      unitName: fixture.unitName,
      year: fixture.year,
      sections,
      format: fixture.format,
      values: fixture.values,
      date: '2025-01-20',
    });
    documentXml = packagePart(bytes, 'word/document.xml');
  });

  it('is a Word package (zip) with the main document part', () => {
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(packagePart(bytes, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  });

  it('sets A4 and the GB/T 9704 margins (37/35/28/26 mm) in twips', () => {
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    expect(pgSz).toContain('w:w="11906"');
    expect(pgSz).toContain('w:h="16838"');
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(pgMar)?.[1]);
    for (const [side, mm] of [
      ['top', 37],
      ['bottom', 35],
      ['left', 28],
      ['right', 26],
    ] as const) {
      expect(Math.abs(twips(side) - (mm * 1440) / 25.4), side).toBeLessThanOrEqual(1);
    }
  });

  it('centres the title in 方正小标宋简体 二号 (22 pt)', () => {
    const p = paragraphs(documentXml).find((x) => textOf(x) === title)!;
    expect(p).toContain('<w:jc w:val="center"/>');
    expect(p).toContain('w:eastAsia="方正小标宋简体"');
    expect(p).toContain('<w:sz w:val="44"/>');
  });

  it('writes the six headings in 黑体 三号 and the body in 仿宋_GB2312 三号, indented two characters, 28 pt lines', () => {
    const all = paragraphs(documentXml);
    for (const s of sections) {
      const heading = all.find((x) => textOf(x) === s.heading);
      expect(heading, s.heading).toBeDefined();
      expect(heading).toContain('w:eastAsia="黑体"');
      expect(heading).toContain('<w:sz w:val="32"/>');
      const body = all.find((x) => textOf(x) === s.text.trim())!;
      expect(body, s.heading).toBeDefined();
      expect(body).toContain('w:eastAsia="仿宋_GB2312"');
      expect(body).toContain('<w:sz w:val="32"/>');
      expect(body).toContain('<w:ind w:firstLine="640"/>');
      expect(body).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    }
    const order = sections.map((s) => documentXml.indexOf(`>${s.heading}<`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('ends with the unit and the date written out, right-aligned', () => {
    const all = paragraphs(documentXml).filter((x) => textOf(x) !== '');
    expect(all.slice(-2).map(textOf)).toEqual([fixture.unitName, '2025年1月20日']);
    for (const p of all.slice(-2)) expect(p).toContain('<w:jc w:val="right"/>');
  });

  it('puts Tables 二, 三, 四 under their sections, in that order', () => {
    const tableStarts = [...documentXml.matchAll(/<w:tbl>/g)].map((m) => m.index);
    expect(tableStarts).toHaveLength(3);
    const at = (heading: string) => documentXml.indexOf(`>${heading}<`);
    expect(tableStarts[0]).toBeGreaterThan(at('二、主动公开政府信息情况'));
    expect(tableStarts[0]).toBeLessThan(at('三、收到和处理政府信息公开申请情况'));
    expect(tableStarts[1]).toBeLessThan(at('四、政府信息公开行政复议、行政诉讼情况'));
    expect(tableStarts[2]).toBeGreaterThan(at('四、政府信息公开行政复议、行政诉讼情况'));
    expect(tableStarts[2]).toBeLessThan(at('五、存在的主要问题及改进情况'));
  });

  it.each([0, 1, 2])('lays out table %i cell by cell as the format: labels, values, gridSpan and vMerge', (t) => {
    const table = fixture.format.tables[t] as TableDef;
    const rows = tablesOf(documentXml)[t]!;
    const computed = computeAll(fixture.format, fixture.values);
    expect(rows).toHaveLength(table.rowCount);
    for (const row of rows) expect(row.reduce((n, c) => n + c.gridSpan, 0)).toBe(table.colCount);
    let merges = 0;
    for (const lc of table.cells) {
      const where = `${table.key} r${lc.r} c${lc.c}`;
      const cell = cellAtColumn(rows[lc.r]!, lc.c);
      expect(cell, where).toBeDefined();
      expect(cell!.gridSpan, where).toBe(lc.colSpan ?? 1);
      if (lc.field) {
        const def = fixture.format.fields.find((f) => f.key === lc.field)!;
        const v = fixture.values[def.key];
        // As the grid and print show it: a total none of whose inputs is filled stays blank, not 0.
        const expected = def.sumOf
          ? blankInputsOnly(def.key)
            ? ''
            : formatNumber(computed.get(def.key)!)
          : typeof v === 'number'
            ? formatNumber(v)
            : '';
        expect(cell!.text, where).toBe(expected);
      } else {
        expect(cell!.text, where).toBe(lc.label);
        expect(cell!.xml).toContain('<w:sz w:val="21"/>');
      }
      const span = lc.rowSpan ?? 1;
      if (span === 1) {
        expect(cell!.vMerge, where).toBeUndefined();
        continue;
      }
      merges += 1;
      expect(cell!.vMerge, where).toBe('restart');
      for (let r = lc.r + 1; r < lc.r + span; r += 1) {
        const below = cellAtColumn(rows[r]!, lc.c);
        expect(below?.vMerge, `${where} row ${r}`).toBe('continue');
        expect(below?.gridSpan).toBe(lc.colSpan ?? 1);
        expect(below?.text).toBe('');
      }
    }
    if (t > 0) expect(merges).toBeGreaterThan(3);
  });

  it('borders every table, repeats header rows, and fills the text width', () => {
    for (const t of documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []) {
      expect(t).toMatch(/<w:insideH w:val="single"/);
      expect(t).toMatch(/<w:insideV w:val="single"/);
      expect(t).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(grid).toBe(8845);
    }
    const t3 = (documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [])[1]!;
    expect(t3.match(/<w:tblHeader\/>/g)).toHaveLength(3);
  });

  it('numbers pages `— n —` in 宋体 四号, odd pages right and even pages left', () => {
    const rels = packagePart(bytes, 'word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(documentXml)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = packagePart(bytes, `word/${target(type)}`);
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(textOf(footer)).toBe('—  —');
      expect(footer).toContain(`<w:jc w:val="${side}"/>`);
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(packagePart(bytes, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('names its fonts with fallbacks and embeds no font file', () => {
    const fonts = packagePart(bytes, 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="黑体">');
    expect(fonts).not.toContain('embed');
    expect(packagePart(bytes, 'word/_rels/fontTable.xml.rels')).not.toContain('<Relationship ');
  });

  it('prints the legacy table after the text when no section carries its number', async () => {
    const legacy = loadFixture('national-legacy');
    const out = await exportReportDocx({
      title: '示例区人民政府2017年政府信息公开工作年度报告',
      unitName: legacy.unitName,
      year: legacy.year,
      sections: [{ heading: '一、概述', text: '第一段。\n\n第二段。' }],
      format: legacy.format,
      values: legacy.values,
    });
    const xml = packagePart(out, 'word/document.xml');
    expect(tablesOf(xml)).toHaveLength(1);
    expect(xml.indexOf('>政府信息公开情况统计表<')).toBeGreaterThan(xml.indexOf('>第二段。<'));
    expect(xml.indexOf('<w:tbl>')).toBeGreaterThan(xml.indexOf('>政府信息公开情况统计表<'));
    expect(xml).toContain('>3452<');
  });
});

/**
 * The annual report as a Word document laid out like an official document (GB/T 9704): A4, the standard
 * margins, 方正小标宋简体 title, 仿宋_GB2312 body on a fixed 28 pt line, 黑体 section headings, `— 1 —` page
 * numbers (odd pages right, even pages left), and Tables 二–四 as real Word tables under their sections. The
 * writer (`docx`) is imported inside the function so a bundler puts it in its own chunk.
 */
import type * as DocxNamespace from 'docx';
import type { FormatDef, TableDef, Values } from '@/domain/format/types';
import { chineseDate } from '@/domain/office/deadlines';
import type { Signature } from '@/domain/office/signature';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { formatNumber } from '@/domain/values/money';
import { FONTS, fontTableXml, runFont, type OfficialFont } from './official-fonts';
import { planWordTable, type WordCell } from './word-table-plan';

type Docx = typeof DocxNamespace;

export interface ReportDocxInput {
  title: string;
  unitName: string;
  year: number;
  /** The report's sections in order, e.g. `一、总体情况`; text paragraphs separated by line breaks. */
  sections: readonly { heading: string; text: string }[];
  format: FormatDef;
  values: Values;
  /** Date printed under the unit name: `2025-01-20` or already written out (`2025年1月20日`). */
  date?: string;
  /** 填报人, 联系电话, 填报日期 (`signatureOf`), one line after the tables as on the printed form. */
  signature?: Signature;
}

/** Page and type sizes, in the units Word stores: twips (1/20 pt) and half-points. */
const MM = 1440 / 25.4;
const PAGE = { width: 11906, height: 16838 };
const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 22 };
const TEXT_WIDTH = Math.round(PAGE.width - (MARGIN_MM.left + MARGIN_MM.right) * MM);
const SIZE = { title: 44, body: 32, table: 21, pageNumber: 28 };
const LINE = { body: 560, title: 700 };
/** Two characters of 三号 (16 pt) text. */
const INDENT_TWO_CHARS = 640;

export async function exportReportDocx(input: ReportDocxInput): Promise<Uint8Array> {
  const docx: Docx = await import('docx');
  const values = computeAll(input.format, input.values);
  const write = new Writer(docx, input, values);
  const document = new docx.Document({
    creator: '政府信息公开年报统计表填报工具',
    title: input.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: runFont(FONTS.body), size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: docx.PageOrientation.PORTRAIT },
            margin: Object.fromEntries(Object.entries(MARGIN_MM).map(([k, mm]) => [k, Math.round(mm * MM)])),
          },
        },
        footers: { default: write.pageNumber('right'), even: write.pageNumber('left') },
        children: write.body(),
      },
    ],
  });
  const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  const buffer = await docx.Packer.toArrayBuffer(document, false, overrides);
  return new Uint8Array(buffer);
}

type Block = DocxNamespace.Paragraph | DocxNamespace.Table;

/** Builds the document's parts with the lazily loaded library. */
class Writer {
  constructor(
    private readonly docx: Docx,
    private readonly input: ReportDocxInput,
    private readonly values: ReadonlyMap<string, number>,
  ) {}

  body(): Block[] {
    const { input } = this;
    const blocks: Block[] = [this.title(input.title), this.blank()];
    const placed = new Set<TableDef>();
    for (const section of input.sections) {
      blocks.push(this.paragraph(section.heading, FONTS.heading, { indent: true }));
      for (const line of paragraphsOf(section.text)) blocks.push(this.paragraph(line, FONTS.body, { indent: true }));
      for (const table of input.format.tables) {
        if (placed.has(table) || !sameNumber(section.heading, table.heading)) continue;
        placed.add(table);
        blocks.push(this.table(table), this.blank());
      }
    }
    // A format whose tables match no section (the legacy 统计表) prints them after the text, each under its name.
    for (const table of input.format.tables) {
      if (placed.has(table)) continue;
      blocks.push(this.paragraph(table.heading, FONTS.heading, { align: 'center' }), this.table(table), this.blank());
    }
    if (input.signature) blocks.push(this.paragraph(signatureText(input.signature), FONTS.body, {}));
    blocks.push(this.blank(), this.paragraph(input.unitName, FONTS.body, { align: 'right' }));
    if (input.date) blocks.push(this.paragraph(writtenDate(input.date), FONTS.body, { align: 'right' }));
    return blocks;
  }

  private title(text: string): DocxNamespace.Paragraph {
    const { docx } = this;
    return new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      spacing: { line: LINE.title, lineRule: docx.LineRuleType.EXACT },
      children: lines(text).map(
        (t, i) =>
          new docx.TextRun({ text: t, font: runFont(FONTS.title), size: SIZE.title, ...(i > 0 ? { break: 1 } : {}) }),
      ),
    });
  }

  private paragraph(
    text: string,
    font: OfficialFont,
    layout: { indent?: boolean; align?: 'center' | 'right' },
  ): DocxNamespace.Paragraph {
    const { docx } = this;
    const align = { center: docx.AlignmentType.CENTER, right: docx.AlignmentType.RIGHT };
    return new docx.Paragraph({
      spacing: { line: LINE.body, lineRule: docx.LineRuleType.EXACT, before: 0, after: 0 },
      ...(layout.indent ? { indent: { firstLine: INDENT_TWO_CHARS } } : {}),
      ...(layout.align === 'right' ? { indent: { right: INDENT_TWO_CHARS } } : {}),
      ...(layout.align ? { alignment: align[layout.align] } : { alignment: docx.AlignmentType.JUSTIFIED }),
      children: [new docx.TextRun({ text, font: runFont(font), size: SIZE.body })],
    });
  }

  private blank(): DocxNamespace.Paragraph {
    const { docx } = this;
    return new docx.Paragraph({ spacing: { line: LINE.body, lineRule: docx.LineRuleType.EXACT }, children: [] });
  }

  private table(table: TableDef): DocxNamespace.Table {
    const { docx } = this;
    const plan = planWordTable(table, TEXT_WIDTH);
    const line = { style: docx.BorderStyle.SINGLE, size: 4, color: '000000' };
    return new docx.Table({
      width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
      columnWidths: plan.columnWidths,
      layout: docx.TableLayoutType.FIXED,
      alignment: docx.AlignmentType.CENTER,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: plan.rows.map(
        (cells, r) =>
          new docx.TableRow({
            ...(r < plan.headerRows ? { tableHeader: true } : {}),
            cantSplit: true,
            children: cells.map((cell) => this.cell(cell, plan.columnWidths)),
          }),
      ),
    });
  }

  private cell(cell: WordCell, widths: readonly number[]): DocxNamespace.TableCell {
    const { docx } = this;
    const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    const vMerge = { restart: docx.VerticalMergeType.RESTART, continue: docx.VerticalMergeType.CONTINUE };
    const text = cell.vMerge === 'continue' ? '' : this.cellText(cell);
    const centred = cell.role !== 'label';
    return new docx.TableCell({
      width: { size: width, type: docx.WidthType.DXA },
      ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
      ...(cell.vMerge ? { verticalMerge: vMerge[cell.vMerge] } : {}),
      verticalAlign: docx.VerticalAlignTable.CENTER,
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      children: [
        new docx.Paragraph({
          alignment: centred ? docx.AlignmentType.CENTER : docx.AlignmentType.LEFT,
          spacing: { line: 240, lineRule: docx.LineRuleType.AUTO, before: 0, after: 0 },
          children: [
            new docx.TextRun({
              text,
              font: runFont(FONTS.table),
              size: SIZE.table,
              ...(cell.role === 'header' ? { bold: true } : {}),
            }),
          ],
        }),
      ],
    });
  }

  /** The one display rule (`shownValue`): blank stays blank, and so does a total none of whose parts is filled. */
  private cellText(cell: WordCell): string {
    if (cell.role !== 'value' || !cell.field) return cell.text ?? '';
    const v = shownValue(this.input.format, this.input.values, this.values, cell.field);
    return v === null ? '' : formatNumber(v);
  }

  /** `— 1 —` in 四号 宋体, one character in from the outer edge (GB/T 9704 7.5). */
  pageNumber(side: 'left' | 'right'): DocxNamespace.Footer {
    const { docx } = this;
    const number = new docx.TextRun({
      children: ['— ', docx.PageNumber.CURRENT, ' —'],
      font: runFont(FONTS.table),
      size: SIZE.pageNumber,
    });
    return new docx.Footer({
      children: [
        new docx.Paragraph({
          alignment: side === 'right' ? docx.AlignmentType.RIGHT : docx.AlignmentType.LEFT,
          indent: side === 'right' ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
          children: [number],
        }),
      ],
    });
  }
}

/** `二、主动公开…` and `二、主动公开政府信息情况` share the numeral before `、`. */
function sameNumber(sectionHeading: string, tableHeading: string): boolean {
  const numeral = (s: string) => /^\s*([一二三四五六七八九十]+)、/.exec(s)?.[1];
  const a = numeral(sectionHeading);
  return a !== undefined && a === numeral(tableHeading);
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function lines(text: string): string[] {
  const parts = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  return parts.length > 0 ? parts : [''];
}

function signatureText(s: Signature): string {
  // Two ideographic spaces between the items, as on the printed form.
  const gap = '\u3000\u3000';
  return `填报人：${s.person}${gap}联系电话：${s.phone}${gap}填报日期：${s.date}`;
}

function writtenDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? chineseDate(date) : date;
}

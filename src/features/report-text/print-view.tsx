/**
 * The report as it is published: A4, title centred, 仿宋 body, 黑体 headings (fonts by name only, nothing
 * fetched), Tables 二–四 under their sections and the legacy table after the text. Shown on screen as a
 * preview and alone when printing.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { chineseDate } from '@/domain/office/deadlines';
import { splitSections } from '@/domain/report-text/sections';
import type { ReportTextSection } from '@/storage/db';
import { WHOLE_TEXT_NUMBER } from '@/storage/texts/text-slots';
import { headingNumeral, tableHtml } from './tables-html';

interface Props {
  title: string;
  unitName: string;
  sections: readonly ReportTextSection[];
  format: FormatDef;
  values: Values;
  computed: ReadonlyMap<string, number>;
  date: string;
  visible: boolean;
}

export function PrintView(p: Props) {
  const parts = p.sections.flatMap((s) =>
    s.number === WHOLE_TEXT_NUMBER
      ? splitSections(s.text).map((part) => ({ heading: part.heading, text: part.body }))
      : [{ heading: s.heading, text: s.text }],
  );
  const placed = new Set<string>();
  const tablesUnder = (heading: string) =>
    p.format.tables.filter((t) => {
      const n = headingNumeral(heading);
      if (placed.has(t.key) || n === undefined || n !== headingNumeral(t.heading)) return false;
      placed.add(t.key);
      return true;
    });
  const body = parts.map((part, i) => (
    <div key={i} className="rt-print-part">
      {part.heading && <h2>{part.heading}</h2>}
      {paragraphs(part.text).map((line, j) => (
        <p key={j}>{line}</p>
      ))}
      {tablesUnder(part.heading).map((t) => (
        <TableBlock key={t.key} html={tableHtml(p, t)} />
      ))}
    </div>
  ));
  const rest = p.format.tables.filter((t) => !placed.has(t.key));
  return (
    <article className={`rt-print${p.visible ? ' rt-print-visible' : ''}`} aria-label="打印预览">
      <h1>{p.title}</h1>
      {body}
      {rest.map((t) => (
        <div key={t.key} className="rt-print-part">
          <h2 className="rt-print-table-title">{t.heading}</h2>
          <TableBlock html={tableHtml(p, t)} />
        </div>
      ))}
      <p className="rt-print-sign">{p.unitName}</p>
      <p className="rt-print-sign">{chineseDate(p.date)}</p>
    </article>
  );
}

/** The same escaped HTML the clipboard carries, so the printed and the pasted tables cannot differ. */
function TableBlock({ html }: { html: string }) {
  return <div className="rt-print-table" dangerouslySetInnerHTML={{ __html: html }} />;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

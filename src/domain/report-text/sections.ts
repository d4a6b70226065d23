/** Splits a report's text into its numbered sections (一、 … 六、) so checks can say where a sentence stands. */

export interface TextSection {
  /** 1–6 for 一、–六、; 0 for the preamble before 一、. */
  number: number;
  heading: string;
  body: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const HEADING = /^[ \t\u3000]*([一二三四五六])、(.*)$/;

export function splitSections(text: string): TextSection[] {
  const sections: TextSection[] = [{ number: 0, heading: '', body: '' }];
  let expected = 1;
  for (const line of text.split(/\r?\n/)) {
    const m = HEADING.exec(line);
    // Only the next numeral in order opens a section, so a list item "一是……" or a quoted "一、" does not.
    if (m && NUMERALS.indexOf(m[1] ?? '') + 1 === expected && (m[2] ?? '').length <= 40) {
      sections.push({ number: expected, heading: line.trim(), body: '' });
      expected += 1;
    } else {
      const last = sections[sections.length - 1];
      if (last) last.body += `${line}\n`;
    }
  }
  return sections;
}

/** Full-width digits and spaces folded so that “９ 件” and “9件” read alike. */
export function normaliseText(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

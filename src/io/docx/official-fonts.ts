/**
 * The fonts of an official document (GB/T 9704), by name only: no font file is embedded or fetched. Each font is
 * listed in the document's font table with an alternative name and the GB2312 character set, so a machine
 * without 方正小标宋简体 or 仿宋_GB2312 shows 宋体 / 仿宋 instead of an arbitrary Latin font.
 */
export interface OfficialFont {
  name: string;
  fallback: string;
  /** Word's font family class; `roman` for serif faces, `modern` for the fixed-pitch 黑体. */
  family: 'roman' | 'modern' | 'swiss';
}

export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体', family: 'roman' },
  body: { name: '仿宋_GB2312', fallback: '仿宋', family: 'modern' },
  heading: { name: '黑体', fallback: 'SimHei', family: 'modern' },
  table: { name: '宋体', fallback: 'SimSun', family: 'roman' },
} as const satisfies Record<string, OfficialFont>;

/** GB2312, the character set Word uses to pick a Chinese substitute for a missing font. */
const CHARSET_GB2312 = '86';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** `word/fontTable.xml` naming every font the document uses, with its fallback. */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/>` +
        `<w:charset w:val="${CHARSET_GB2312}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${fonts}</w:fonts>`;
}

/** The run font attribute: the same face for Chinese and Latin text, Chinese punctuation read as Chinese. */
export function runFont(font: OfficialFont) {
  return { ascii: font.name, hAnsi: font.name, eastAsia: font.name, cs: font.name, hint: 'eastAsia' };
}

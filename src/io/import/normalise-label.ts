/**
 * Label normalisation for reading other people's sheets: two labels that a clerk would call the same must
 * normalise to the same string. Real files vary in bracket width, numbering punctuation, spaces, line breaks,
 * quote marks and full-width digits (spec §5), and Hubei files append filling instructions in brackets.
 */

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';
const CHINESE_NUMBERING = new RegExp(`(^|[^第])(${CHINESE_NUMERAL})[.,，](?![0-9])`, 'g');
const BRACKETED_NUMBERING_SEPARATOR = new RegExp(`^\\((${CHINESE_NUMERAL})\\)[、.]`);
const LEADING_BRACKETED_NUMERAL = new RegExp(`^\\(${CHINESE_NUMERAL}\\)`);
const LEADING_NUMERAL = new RegExp(`^${CHINESE_NUMERAL}、`);

/**
 * Each function below is pure and meets the same few hundred template labels in every file of an import, so
 * its answers are kept (up to a bound, then started afresh): a 200-file import normalises each label once.
 */
function remembered(fn: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      if (seen.size >= 20_000) seen.clear();
      out = fn(s);
      seen.set(s, out);
    }
    return out;
  };
}

/** The canonical form used for every comparison; never shown to the user. */
export const normaliseLabel = remembered((raw) => {
  let s = raw.normalize('NFKC');
  // NFKC folds full-width brackets, colons, digits and the ideographic space to ASCII.
  s = s.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
  s = s.replace(/[“”‘’"'「」『』]/g, '');
  s = s.replace(/[【〔［]/g, '(').replace(/[】〕］]/g, ')');
  // "1、" "1．" "1，" → "1."; a decimal inside a label ("1.5") is left alone because it is followed by a digit.
  s = s.replace(/(^|[^0-9.])(\d{1,2})[、,，.](?!\d)/g, '$1$2.');
  // "一." "一，" "一．" → "一、"
  s = s.replace(CHINESE_NUMBERING, '$1$2、');
  // "(一)、" → "(一)" (a stray separator after bracketed numbering)
  s = s.replace(BRACKETED_NUMBERING_SEPARATOR, '($1)');
  return s;
});

/** The label without trailing bracketed remarks: `规章(设区的市…)` → `规章`. */
export const stripTrailingRemark = remembered((normalised) => {
  let s = normalised;
  for (;;) {
    const m = /\([^()]*\)$/.exec(s);
    if (!m || m.index === 0) return s;
    s = s.slice(0, m.index);
  }
});

/** The label without its leading numbering: `(三)`, `1.`, `一、`, `其中:`. */
export const stripNumbering = remembered((normalised) =>
  normalised
    .replace(/^其中:?/, '')
    .replace(LEADING_BRACKETED_NUMERAL, '')
    .replace(LEADING_NUMERAL, '')
    .replace(/^\d{1,2}\./, '')
    .replace(/^其中:?/, ''),
);

/**
 * How closely a file's label matches a known label: 3 exact, 2 equal once trailing remarks are dropped from
 * either side (Hubei instructions, an omitted `（区分处理的…）`), 1 equal once numbering is dropped too, 0 no match.
 * Both arguments are already normalised.
 */
export function labelMatch(fileLabel: string, known: string): 0 | 1 | 2 | 3 {
  if (fileLabel === '' || known === '') return 0;
  if (fileLabel === known) return 3;
  const fileBase = stripTrailingRemark(fileLabel);
  const knownBase = stripTrailingRemark(known);
  if (fileBase === knownBase || fileBase === known || fileLabel === knownBase) return 2;
  const fileBare = stripNumbering(fileBase);
  const knownBare = stripNumbering(knownBase);
  if (fileBare.length >= 2 && fileBare === knownBare) return 1;
  return 0;
}

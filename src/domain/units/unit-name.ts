/**
 * Unit names as people type or copy them vary in brackets, spaces, full-width forms and invisible characters:
 * "湛河区（全区）", "湛河区(全区)", "湛河区 （全区）", a name pasted with a zero-width joiner or a bidi mark.
 * Every comparison (units page, importer, backups, command line) goes through this one normal form.
 */
const OPENING = /[（([［【〔〖{｛]/g;
const CLOSING = /[）)\]］】〕〗}｝]/g;
/** All white space and every Unicode format character (category Cf: ZWJ, word joiner, bidi marks, BOM, soft hyphen). */
const INVISIBLE = /[\s\p{Cf}]+/gu;

export function normalizeUnitName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(OPENING, '(').replace(CLOSING, ')').toLowerCase();
}

/** The display form: format characters dropped, trimmed, inner runs of spaces collapsed; brackets as typed. */
export function cleanUnitName(name: string): string {
  return name
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

export function searchKeysOf(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeUnitName).filter((k) => k !== ''))];
}

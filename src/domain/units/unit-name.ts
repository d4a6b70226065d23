/**
 * Unit names as people type them vary in brackets, spaces and full-width forms: "湛河区（全区）",
 * "湛河区(全区)", "湛河区 （全区）". Comparison goes through one normal form.
 */
const OPENING = /[（([［【〔〖{｛]/g;
const CLOSING = /[）)\]］】〕〗}｝]/g;

export function normalizeUnitName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(OPENING, '(')
    .replace(CLOSING, ')')
    .toLowerCase();
}

/** The display form: trimmed, inner runs of spaces collapsed; brackets as typed. */
export function cleanUnitName(name: string): string {
  return name.replace(/[\s\u3000]+/g, ' ').trim();
}

export function searchKeysOf(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeUnitName).filter((k) => k !== ''))];
}

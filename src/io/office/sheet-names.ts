/**
 * Worksheet names as Excel and WPS accept them: at most 31 characters, none of `[]:*?/\`, not starting or ending
 * with an apostrophe, not the reserved `History`, and unique ignoring case. Unit names are long and may repeat
 * (two 办公室 in different towns), so names are cleaned, shortened and numbered rather than refused.
 */
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = 'history';

export function safeSheetName(raw: string, fallback = '工作表'): string {
  const cleaned = raw.replace(CONTROL, '').replace(FORBIDDEN, '_').trim();
  const name = stripQuotes(truncate(stripQuotes(cleaned), MAX_LENGTH)) || fallback;
  return name.toLowerCase() === RESERVED ? `${name}_1` : name;
}

/** Names in the given order, each safe and different from all before it (`名称(2)`, `名称(3)` …). */
export function uniqueSheetNames(raw: readonly string[], fallback = '工作表'): string[] {
  const taken = new Set<string>();
  return raw.map((r) => {
    const base = safeSheetName(r, fallback);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = `(${n})`;
      name = truncate(base, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function stripQuotes(text: string): string {
  return text.replace(/^['\s]+|['\s]+$/g, '');
}

/** Cuts to `max` UTF-16 units (Excel's measure) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

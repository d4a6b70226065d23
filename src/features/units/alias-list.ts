/** Aliases typed as one line: separated by commas (either width), 顿号, semicolons or line breaks. */
const SEPARATORS = /[,，、;；\n\r]+/;

export function parseAliasList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(SEPARATORS)) {
    const alias = part.trim();
    if (alias !== '') seen.add(alias);
  }
  return [...seen];
}

/** The list as the edit box shows it: joined with 顿号, the separator clerks write between names. */
export function formatAliasList(aliases: readonly string[]): string {
  return aliases.join('、');
}

/** What reading a backup file found: refusals (the file is not restored) and notices (restored without it). */
export const MAX_LISTED_REASONS = 30;

export class ParseIssues {
  readonly reasons: string[] = [];
  readonly notices: string[] = [];
  private unlisted = 0;

  refuse(reason: string): void {
    if (this.reasons.length < MAX_LISTED_REASONS) this.reasons.push(reason);
    else this.unlisted += 1;
  }

  notice(text: string): void {
    this.notices.push(text);
  }

  get failed(): boolean {
    return this.reasons.length > 0;
  }

  /** The reasons as shown, with a count of those left out so a broken file does not flood the page. */
  listedReasons(): string[] {
    return this.unlisted > 0 ? [...this.reasons, `……另有 ${this.unlisted} 处问题未列出。`] : [...this.reasons];
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A trimmed non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Shows a bad value briefly in a message (a long string or an object is cut). */
export function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/**
 * An optional part of the file (texts, versions, settings, receipts, rosters): undefined when absent (the file
 * was written before the part existed), refused when it is not a list.
 */
export function optionalPart(raw: unknown, what: string, issues: ParseIssues): unknown[] | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return raw as unknown[];
  issues.refuse(`备份文件中的${what}部分已损坏。`);
  return undefined;
}

/**
 * A text being edited against the version it was read at, for every edited text (report sections, 填写说明):
 * the text typed, and the stored version and text the edit started from. While nothing is typed, the stored
 * text is what shows, so a newer text saved in another window simply appears.
 */
export interface OpenEdit {
  text: string;
  baseRev: number;
  baseText: string;
}

/** Typed and not yet saved. */
export const isTyped = (edit: OpenEdit | undefined): boolean => edit !== undefined && edit.text !== edit.baseText;

/** The edit that decides what shows: one with typed changes, or a save the live read has not caught up with. */
export function activeEdit(edit: OpenEdit | undefined, storedRev: number): OpenEdit | undefined {
  if (!edit) return undefined;
  return isTyped(edit) || storedRev < edit.baseRev ? edit : undefined;
}

/** The edit after a keystroke: a new edit starts from the version on screen, one under way keeps its start. */
export function typed(edit: OpenEdit | undefined, stored: { rev: number; text: string }, text: string): OpenEdit {
  const base = activeEdit(edit, stored.rev) ?? { baseRev: stored.rev, baseText: stored.text };
  return { baseRev: base.baseRev, baseText: base.baseText, text };
}

/** The edit once saved as version `rev`: nothing left typed, shown as saved until the live read shows it. */
export const savedEdit = (text: string, rev: number): OpenEdit => ({ text, baseRev: rev, baseText: text });

/**
 * Versions of the things a clerk edits beside the cells (report text sections, 填写说明, units, settings):
 * every write names the revision it was read at and is refused, inside its own transaction, when another
 * window wrote a newer one since. The stamp says who wrote the stored revision, when and from which window,
 * so the refusal can name the other window. Stamps live in non-indexed fields: no schema change.
 */
import { newUuid } from './uuid';

export interface EditStamp {
  /** 0 before the first versioned write; each write adds one. */
  rev: number;
  at: number;
  who: string;
  /** The window (page load) that wrote it. */
  window: string;
}

/** This page load's window id: a reload or a second tab is another window. */
export const THIS_WINDOW = newUuid();

const UNSIGNED = '未署名';

export const revOf = (stamp: EditStamp | undefined): number => stamp?.rev ?? 0;

/** The stamp of the write about to be stored, following the one stored now. */
export function nextStamp(stored: EditStamp | undefined, who: string, now = Date.now()): EditStamp {
  return { rev: revOf(stored) + 1, at: now, who: who.trim() || UNSIGNED, window: THIS_WINDOW };
}

/**
 * Refuses the write when what is stored is newer than what the editor read (`expectedRev`). `what` names the
 * edited thing for the message (`“一、总体情况”`); `current` is the stored content, handed to the window so it
 * can offer 用对方的版本.
 */
export function refuseIfStale<T>(what: string, stored: EditStamp | undefined, expectedRev: number, current: T): void {
  if (revOf(stored) !== expectedRev) throw new StaleWriteError(what, stored, current);
}

/** Replaced texts kept per row: enough to find what another window had written, bounded for huge rows. */
export const MAX_REPLACED = 100;

/** `history` with the replaced text appended (nothing when the text did not change), oldest dropped past the cap. */
export function withReplaced<T extends { key: string; text: string }>(
  history: readonly T[] | undefined,
  replaced: T | undefined,
  next: string,
): T[] {
  const list = [...(history ?? [])];
  if (replaced && replaced.text !== next && replaced.text !== '') list.push(replaced);
  return list.slice(-MAX_REPLACED);
}

/** Who wrote the stored revision, as a clerk recognises the other window: its name and the time of the save. */
function otherWindowText(theirs: EditStamp | undefined): string {
  if (!theirs) return '另一个窗口';
  const time = new Date(theirs.at).toLocaleTimeString('zh-CN', { hour12: false });
  return `另一个窗口（${theirs.who}，${time} 保存）`;
}

/**
 * Another window saved a newer version of a text, a unit or a setting after this window read it; nothing of
 * this write was stored. The window keeps what was typed and offers 用对方的版本 / 保留我的版本.
 */
export class StaleWriteError<T = unknown> extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    /** The edited thing, e.g. `“一、总体情况”`. */
    readonly what: string,
    /** The stamp stored now (undefined when the other window removed it). */
    readonly theirs: EditStamp | undefined,
    /** What is stored now. */
    readonly current: T,
  ) {
    super(
      `${what}已在${otherWindowText(theirs)}修改，本次修改未保存。` +
        '您输入的内容仍保留在这里：可选择“用对方的版本”，或“保留我的版本”（覆盖对方的修改，修改记录中两者都保留）。',
    );
  }
}

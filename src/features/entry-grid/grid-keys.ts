/**
 * Which keys the grid handles itself (Excel habits the community grid lacks or does differently), as one
 * pure function used twice: to tell ag-grid to ignore the key, and to act on it.
 */
import type { Direction } from './grid-navigation';

export type KeyAction =
  /** `entry`: Enter, which passes over computed cells; arrows stop on them. */
  | { type: 'move'; direction: Direction; extend: boolean; entry?: boolean }
  | { type: 'tab'; backwards: boolean }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' };

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * `editing`: a cell editor is open. `typedIntoCell`: it was opened by typing a character (Excel's "enter"
 * mode, where arrows commit and move), not by F2 or a double click (where arrows move the caret).
 */
export function keyAction(e: KeyLike, editing: boolean, typedIntoCell: boolean): KeyAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  if (e.key === 'Enter') return { type: 'move', direction: e.shiftKey ? 'up' : 'down', extend: false, entry: true };
  if (e.key === 'Tab') return { type: 'tab', backwards: e.shiftKey };
  const arrow = ARROWS[e.key];
  if (arrow && !ctrl) {
    if (editing && !typedIntoCell) return null;
    return { type: 'move', direction: arrow, extend: e.shiftKey && !editing };
  }
  if (editing) return null;
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'clear' };
  if (ctrl) {
    const key = e.key.toLowerCase();
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'a') return { type: 'selectAll' };
  }
  return null;
}

/** A key that opens the editor with itself as the first character (the grid does the opening). */
export function startsTyping(e: KeyLike): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

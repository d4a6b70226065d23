/**
 * Which keys the grid handles itself, as in Excel, decided by one pure function from the key and the mode:
 * - `ready`: no editor open. Arrows, Enter, Tab, Home/End move; Delete clears; Ctrl+Z/Y/A/X/S act.
 * - `enter`: the editor was opened by typing (Excel's 输入 mode): arrows, Tab and Enter commit and move.
 * - `edit`: opened by F2 or a double click (编辑 mode): arrows and Home/End move the caret; Tab/Enter commit.
 * F2 toggles `enter` ↔ `edit`. Esc (cancel) and every key not listed stay with the grid and its editor.
 */
import type { Direction, Edge } from './grid-navigation';

export type EditMode = 'ready' | 'enter' | 'edit';

/** The mode's name as Excel's status bar says it. */
export const MODE_LABEL: Readonly<Record<Exclude<EditMode, 'ready'>, string>> = {
  enter: '输入模式：方向键、Tab、Enter 确认并移动；F2 切换到编辑模式；Esc 取消',
  edit: '编辑模式：方向键移动光标；Tab、Enter 确认并移动；F2 切换到输入模式；Esc 取消',
};

export type { Edge } from './grid-navigation';

export type KeyAction =
  /** `entry`: Enter, which passes over computed cells and returns to a Tab run's first column. */
  | { type: 'move'; direction: Direction; extend: boolean; entry?: boolean }
  | { type: 'tab'; backwards: boolean }
  | { type: 'edge'; to: Edge }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' }
  | { type: 'cut' }
  | { type: 'save' }
  | { type: 'toggleMode' }
  /** Keys the editor's input must keep for itself (caret moves in edit mode), hidden from the grid. */
  | { type: 'caret' };

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function keyAction(e: KeyLike, mode: EditMode): KeyAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (ctrl && key === 's') return { type: 'save' };
  if (e.key === 'Enter') return { type: 'move', direction: e.shiftKey ? 'up' : 'down', extend: false, entry: true };
  if (e.key === 'Tab') return { type: 'tab', backwards: e.shiftKey };
  if (e.key === 'F2' && mode !== 'ready') return { type: 'toggleMode' };
  const arrow = ARROWS[e.key];
  if (mode === 'edit') return arrow || e.key === 'Home' || e.key === 'End' ? { type: 'caret' } : null;
  if (arrow && !ctrl) return { type: 'move', direction: arrow, extend: e.shiftKey && mode === 'ready' };
  if (mode === 'enter') return null;
  if (e.key === 'Home' || e.key === 'End') {
    const start = e.key === 'Home';
    return { type: 'edge', to: ctrl ? (start ? 'tableStart' : 'tableEnd') : start ? 'rowStart' : 'rowEnd' };
  }
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'clear' };
  if (ctrl) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'a') return { type: 'selectAll' };
    if (key === 'x') return { type: 'cut' };
  }
  return null;
}

/** A key that opens the editor with itself as the first character (the grid does the opening). */
export function startsTyping(e: KeyLike): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

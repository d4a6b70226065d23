import { keyAction, startsTyping } from '@/widgets/entry-grid/grid-keys';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('grid keys', () => {
  it('moves with arrows and Enter, extends with Shift+arrows', () => {
    expect(keyAction(key('ArrowDown'), 'ready')).toEqual({ type: 'move', direction: 'down', extend: false });
    expect(keyAction(key('ArrowRight', { shiftKey: true }), 'ready')).toMatchObject({ extend: true });
    expect(keyAction(key('Enter'), 'enter')).toEqual({ type: 'move', direction: 'down', extend: false, entry: true });
    expect(keyAction(key('Enter', { shiftKey: true }), 'edit')).toMatchObject({ direction: 'up' });
    expect(keyAction(key('Tab', { shiftKey: true }), 'edit')).toEqual({ type: 'tab', backwards: true });
  });

  it('commits and moves with arrows in 输入 mode, leaves them to the caret in 编辑 mode', () => {
    for (const arrow of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      expect(keyAction(key(arrow), 'enter')).toMatchObject({ type: 'move', extend: false });
      expect(keyAction(key(arrow), 'edit')).toEqual({ type: 'caret' });
    }
    expect(keyAction(key('Home'), 'edit')).toEqual({ type: 'caret' });
    expect(keyAction(key('ArrowDown', { shiftKey: true }), 'enter')).toMatchObject({ extend: false });
  });

  it('toggles the mode with F2 while editing; F2 and Esc outside an editor stay with the grid', () => {
    expect(keyAction(key('F2'), 'enter')).toEqual({ type: 'toggleMode' });
    expect(keyAction(key('F2'), 'edit')).toEqual({ type: 'toggleMode' });
    expect(keyAction(key('F2'), 'ready')).toBeNull();
    expect(keyAction(key('Escape'), 'enter')).toBeNull();
    expect(keyAction(key('Escape'), 'edit')).toBeNull();
  });

  it('goes to the row and table edges with Home/End and Ctrl+Home/End outside an editor', () => {
    expect(keyAction(key('Home'), 'ready')).toEqual({ type: 'edge', to: 'rowStart' });
    expect(keyAction(key('End'), 'ready')).toEqual({ type: 'edge', to: 'rowEnd' });
    expect(keyAction(key('Home', { ctrlKey: true }), 'ready')).toEqual({ type: 'edge', to: 'tableStart' });
    expect(keyAction(key('End', { ctrlKey: true }), 'ready')).toEqual({ type: 'edge', to: 'tableEnd' });
    expect(keyAction(key('Home'), 'enter')).toBeNull();
  });

  it('answers Ctrl+S in every mode; clears, cuts, undoes and redoes only outside an editor', () => {
    for (const mode of ['ready', 'enter', 'edit'] as const) {
      expect(keyAction(key('s', { ctrlKey: true }), mode)).toEqual({ type: 'save' });
    }
    expect(keyAction(key('Delete'), 'ready')).toEqual({ type: 'clear' });
    expect(keyAction(key('Backspace'), 'enter')).toBeNull();
    expect(keyAction(key('x', { ctrlKey: true }), 'ready')).toEqual({ type: 'cut' });
    expect(keyAction(key('x', { ctrlKey: true }), 'edit')).toBeNull();
    expect(keyAction(key('z', { ctrlKey: true }), 'ready')).toEqual({ type: 'undo' });
    expect(keyAction(key('Z', { ctrlKey: true, shiftKey: true }), 'ready')).toEqual({ type: 'redo' });
    expect(keyAction(key('y', { metaKey: true }), 'ready')).toEqual({ type: 'redo' });
    expect(keyAction(key('z', { ctrlKey: true }), 'enter')).toBeNull();
  });

  it('knows which keys start typing into a cell', () => {
    expect(startsTyping(key('5'))).toBe(true);
    expect(startsTyping(key('c', { ctrlKey: true }))).toBe(false);
    expect(startsTyping(key('F2'))).toBe(false);
  });
});

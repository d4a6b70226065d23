import { keyAction, startsTyping } from '@/features/entry-grid/grid-keys';

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
    expect(keyAction(key('ArrowDown'), false, false)).toEqual({ type: 'move', direction: 'down', extend: false });
    expect(keyAction(key('ArrowRight', { shiftKey: true }), false, false)).toMatchObject({ extend: true });
    expect(keyAction(key('Enter'), true, false)).toEqual({
      type: 'move',
      direction: 'down',
      extend: false,
      entry: true,
    });
    expect(keyAction(key('Enter', { shiftKey: true }), false, false)).toMatchObject({ direction: 'up' });
    expect(keyAction(key('Tab', { shiftKey: true }), true, false)).toEqual({ type: 'tab', backwards: true });
  });

  it('leaves arrows to the editor after F2, commits and moves after typing', () => {
    expect(keyAction(key('ArrowLeft'), true, false)).toBeNull();
    expect(keyAction(key('ArrowLeft'), true, true)).toMatchObject({ type: 'move', direction: 'left' });
  });

  it('clears, undoes and redoes only outside an editor', () => {
    expect(keyAction(key('Delete'), false, false)).toEqual({ type: 'clear' });
    expect(keyAction(key('Backspace'), true, true)).toBeNull();
    expect(keyAction(key('z', { ctrlKey: true }), false, false)).toEqual({ type: 'undo' });
    expect(keyAction(key('Z', { ctrlKey: true, shiftKey: true }), false, false)).toEqual({ type: 'redo' });
    expect(keyAction(key('y', { metaKey: true }), false, false)).toEqual({ type: 'redo' });
    expect(keyAction(key('z', { ctrlKey: true }), true, true)).toBeNull();
    expect(keyAction(key('F2'), false, false)).toBeNull();
    expect(keyAction(key('Escape'), true, false)).toBeNull();
  });

  it('knows which keys start typing into a cell', () => {
    expect(startsTyping(key('5'))).toBe(true);
    expect(startsTyping(key('c', { ctrlKey: true }))).toBe(false);
    expect(startsTyping(key('F2'))).toBe(false);
  });
});

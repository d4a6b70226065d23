import { formatAliasList, parseAliasList } from '@/features/units/alias-list';

describe('alias list', () => {
  it('splits on commas of either width, 顿号, semicolons and line breaks, dropping blanks and repeats', () => {
    expect(parseAliasList('区发改委，发改委、 区发展改革委 ,;区发改委\n\n物价局；')).toEqual([
      '区发改委',
      '发改委',
      '区发展改革委',
      '物价局',
    ]);
  });

  it('reads an empty box as no aliases', () => {
    expect(parseAliasList(' 、 ，')).toEqual([]);
  });

  it('shows a list joined with 顿号, which reads back as the same list', () => {
    const aliases = ['区人社局', '湛河区人社局'];
    expect(formatAliasList(aliases)).toBe('区人社局、湛河区人社局');
    expect(parseAliasList(formatAliasList(aliases))).toEqual(aliases);
  });
});

/** Reading one cell's content (grid, paste, import): every accepted form and every refusal with its reason. */
import { readValue } from '@/domain/values/read-value';
import type { ValueKind } from '@/domain/format/types';

const value = (raw: unknown, kind: ValueKind = 'count') => {
  const r = readValue(raw, kind);
  if (!r.ok) throw new Error(`refused ${String(raw)}: ${r.reason}`);
  return r.value;
};
const reason = (raw: unknown, kind: ValueKind = 'count', unit?: string) => {
  const r = readValue(raw, kind, unit ? { unit } : {});
  return r.ok ? `accepted as ${String(r.value)}` : r.reason;
};

describe('readValue accepts', () => {
  it.each([
    [9, 9],
    ['9', 9],
    ['0', 0],
    ['  12 ', 12],
    ['\u300012\u3000', 12],
    ['\u00a07', 7],
    ['１２', 12],
    ['１,２３４', 1234],
    ['1,234', 1234],
    ['1，234', 1234],
    ['1 234', 1234],
    ['12 345 678', 12345678],
    ['1,234,567', 1234567],
    ['9件', 9],
    ['9 件', 9],
    ['3452条', 3452],
    ['5次', 5],
    ['2篇', 2],
    ['1个', 1],
    ['80人', 80],
    ['80人次', 80],
    ['９件', 9],
    ['1.0', 1],
    ['007', 7],
    ['无', 0],
    ['  无 ', 0],
  ])('%j in a count cell as %j', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it.each([[''], ['   '], ['\u3000'], [null], [undefined]])('%j as blank', (raw) => {
    expect(readValue(raw, 'count')).toEqual({ ok: true, value: null });
  });

  const notApplicable = [['-'], ['—'], ['–'], ['/'], ['－'], ['——'], ['／'], [' - ']];
  it.each(notApplicable)('%j as not applicable (blank, with a note)', (raw) => {
    const r = readValue(raw, 'count');
    expect(r).toMatchObject({ ok: true, value: null });
    expect(r.ok && r.note).toContain('不适用');
  });

  it.each([
    ['-3', -3],
    ['－3', -3],
    ['−3', -3],
    ['－３', -3],
    [-3, -3],
    ['+2', 2],
    ['-1,200', -1200],
    ['3', 3],
  ])('%j in a signed count cell as %j', (raw, expected) => {
    expect(value(raw, 'signedCount')).toBe(expected);
  });

  it.each([
    ['25.1', 25.1],
    ['25.1万元', 25.1],
    ['25.1 万元', 25.1],
    ['０．５', 0.5],
    ['1,234.5678', 1234.5678],
    [12.3456, 12.3456],
    ['0', 0],
    ['无', 0],
  ])('%j in a money cell as %j', (raw, expected) => {
    expect(readValue(raw, 'money')).toEqual({ ok: true, value: expected });
  });

  it('converts 元 in a money cell to 万元 and says so', () => {
    expect(readValue('251000元', 'money')).toEqual({ ok: true, value: 25.1, note: '“251000元”已换算为 25.1 万元' });
    expect(readValue('251,000 元', 'money')).toMatchObject({ ok: true, value: 25.1 });
  });

  it('rounds money to 4 decimals and says so', () => {
    expect(readValue('1.23456', 'money')).toEqual({
      ok: true,
      value: 1.2346,
      note: '已四舍五入到 4 位小数：1.2346 万元',
    });
    expect(readValue(0.00004, 'money')).toMatchObject({ ok: true, value: 0 });
    const yuan = readValue('12345.6元', 'money');
    expect(yuan).toMatchObject({ ok: true, value: 1.2346 });
    expect(yuan.ok && yuan.note).toContain('已换算为 1.2346 万元');
    expect(yuan.ok && yuan.note).toContain('四舍五入');
  });
});

describe('readValue refuses', () => {
  it.each([
    ['约10', 'count', '“约10”不是整数'],
    ['10左右', 'count', '“10左右”不是整数'],
    ['abc', 'count', '“abc”不是整数'],
    ['约10', 'money', '“约10”不是数字'],
    ['=1+1', 'count', '“=1+1”是公式，请填写数字'],
    ['=SUM(A1:A3)', 'money', '“=SUM(A1:A3)”是公式，请填写数字'],
    ['1.5', 'count', '“1.5”不是整数（此处应填件数）'],
    [1.5, 'count', '“1.5”不是整数（此处应填件数）'],
    ['1.5', 'signedCount', '“1.5”不是整数（此处应填件数）'],
    ['-3', 'count', '“-3”不能为负数'],
    ['－3', 'count', '“－3”不能为负数'],
    [-3, 'count', '“-3”不能为负数'],
    ['-3', 'money', '“-3”不能为负数'],
    ['-3万元', 'money', '“-3万元”不能为负数'],
    ['9元', 'count', '“9元”的单位与此格不符'],
    ['9万元', 'count', '“9万元”的单位与此格不符'],
    ['9件', 'money', '“9件”的单位与此格不符'],
    ['9人次', 'money', '“9人次”的单位与此格不符'],
    ['1,2345', 'count', '“1,2345”的千位分隔符位置不对，请核对数字'],
    ['12 34', 'count', '“12 34”的千位分隔符位置不对，请核对数字'],
    ['1e5', 'count', '“1e5”不是整数'],
    ['50%', 'count', '“50%”不是整数'],
    [Number.NaN, 'count', '“NaN”不是数字'],
    [Number.POSITIVE_INFINITY, 'money', '“Infinity”不是数字'],
    ['99999999999999999', 'count', '“99999999999999999”太大，请核对'],
  ] as const)('%j in a %s cell: %s', (raw, kind, expected) => {
    expect(reason(raw, kind)).toBe(expected);
  });

  it('names the unit a count cell expects when it is known', () => {
    expect(reason('2.5', 'count', '人次')).toBe('“2.5”不是整数（此处应填人次数）');
    expect(reason('2.5', 'count', '条')).toBe('“2.5”不是整数（此处应填条数）');
  });

  it('refuses what is not text or a number', () => {
    expect(reason(true)).toBe('无法识别此单元格的内容，请填写数字');
    expect(reason({})).toBe('无法识别此单元格的内容，请填写数字');
  });
});

/** Label normalisation: the variants real files print for one official label compare equal (spec §5). */
import { describe, expect, it } from 'vitest';
import { labelMatch, normaliseLabel, stripNumbering, stripTrailingRemark } from '@/io/import/normalise-label';

const same = (a: string, b: string) => expect(normaliseLabel(a)).toBe(normaliseLabel(b));

describe('normaliseLabel', () => {
  it('folds bracket widths, numbering punctuation, spaces and line breaks', () => {
    same('(三)不予公开', '（三）不予公开');
    same('1、属于国家秘密', '1.属于国家秘密');
    same('1．属于国家秘密', '1.属于国家秘密');
    same('第二十条 第（一）项', '第二十条第（一）项');
    same('商业\n企业', '商业企业');
    same('\u3000\u30001.属于国家秘密', '1.属于国家秘密');
    same('一. 本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量');
    same('本年增／减', '本年增/减');
    same('3.危及"三安全一稳定"', '3.危及“三安全一稳定”');
    same('其中:涉及国家秘密', '其中：涉及国家秘密');
  });

  it('keeps labels that differ in words apart', () => {
    expect(normaliseLabel('规范性文件')).not.toBe(normaliseLabel('行政规范性文件'));
    expect(normaliseLabel('（二）被依法纠错数')).not.toBe(normaliseLabel('（三）其他情形数'));
  });

  it('does not mistake a decimal or a year for numbering', () => {
    expect(normaliseLabel('2024年')).toBe('2024年');
    expect(normaliseLabel('1.5')).toBe('1.5');
  });
});

describe('labelMatch', () => {
  const m = (file: string, known: string) => labelMatch(normaliseLabel(file), normaliseLabel(known));

  it('ranks exact, remark-tolerant and numbering-tolerant matches', () => {
    expect(m('规章', '规章')).toBe(3);
    expect(m('规章（设区的市、自治州人民政府应提供相关数据）', '规章')).toBe(2);
    expect(m('(二)部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(2);
    expect(m('予以公开', '（一）予以公开')).toBe(1);
    expect(m('行政处罚', '行政强制')).toBe(0);
  });

  it('strips remarks and numbering only where they are', () => {
    expect(stripTrailingRemark('本年收费金额(单位:万元)')).toBe('本年收费金额');
    expect(stripTrailingRemark('(一)予以公开')).toBe('(一)予以公开');
    expect(stripNumbering('(三)不予公开')).toBe('不予公开');
    expect(stripNumbering('其中:涉及国家秘密')).toBe('涉及国家秘密');
    expect(stripNumbering('12.其他')).toBe('其他');
  });
});

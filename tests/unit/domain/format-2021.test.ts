/**
 * The 2021 format against the printed template: labels character for character (written here from the
 * format document, not from the code), merges by A1 range, computed and input cells, value kinds.
 */
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { indexFormat } from '@/domain/format/format-index';
import { fieldAt, labelAt, mergesOf, tableOf } from './layout-helpers';

const t2 = tableOf(NATIONAL_2021, 't2');
const t3 = tableOf(NATIONAL_2021, 't3');
const t4 = tableOf(NATIONAL_2021, 't4');
const field = (key: string) => indexFormat(NATIONAL_2021).field.get(key);

describe('2021 Table 二', () => {
  it('prints every label at its address', () => {
    const expected: Record<string, string> = {
      A1: '第二十条第（一）项',
      A2: '信息内容',
      B2: '本年制发件数',
      C2: '本年废止件数',
      D2: '现行有效件数',
      A3: '规章',
      A4: '行政规范性文件',
      A5: '第二十条第（五）项',
      A6: '信息内容',
      B6: '本年处理决定数量',
      A7: '行政许可',
      A8: '第二十条第（六）项',
      A9: '信息内容',
      B9: '本年处理决定数量',
      A10: '行政处罚',
      A11: '行政强制',
      A12: '第二十条第（八）项',
      A13: '信息内容',
      B13: '本年收费金额（单位：万元）',
      A14: '行政事业性收费',
    };
    for (const [a1, label] of Object.entries(expected)) expect([a1, labelAt(t2, a1)]).toEqual([a1, label]);
    expect(t2.heading).toBe('二、主动公开政府信息情况');
    expect(t2.rowCount).toBe(14);
    expect(t2.colCount).toBe(4);
  });

  it('merges exactly as printed', () => {
    expect(mergesOf(t2)).toEqual(
      ['A1:D1', 'A5:D5', 'B6:D6', 'B7:D7', 'A8:D8', 'B9:D9', 'B10:D10', 'B11:D11', 'A12:D12', 'B13:D13', 'B14:D14']
        .sort(),
    );
  });

  it('has ten input cells, only 行政事业性收费 in 万元 money, none computed', () => {
    const inputs = ['B3', 'C3', 'D3', 'B4', 'C4', 'D4', 'B7', 'B10', 'B11', 'B14'].map((a1) => fieldAt(t2, a1));
    expect(inputs.every((k) => k !== undefined)).toBe(true);
    const defs = NATIONAL_2021.fields.filter((f) => f.table === 't2');
    expect(defs.map((f) => f.key).sort()).toEqual([...(inputs as string[])].sort());
    expect(defs.filter((f) => f.sumOf)).toEqual([]);
    expect(defs.filter((f) => f.kind === 'money').map((f) => [f.key, f.unit])).toEqual([['t2.fees.amount', '万元']]);
    expect(fieldAt(t2, 'B14')).toBe('t2.fees.amount');
    expect(defs.filter((f) => f.kind !== 'money').every((f) => f.kind === 'count')).toBe(true);
  });
});

describe('2021 Table 三', () => {
  it('prints the header and every row label at its address', () => {
    const expected: Record<string, string> = {
      A1: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      D1: '申请人情况',
      D2: '自然人',
      E2: '法人或其他组织',
      J2: '总计',
      E3: '商业企业',
      F3: '科研机构',
      G3: '社会公益组织',
      H3: '法律服务机构',
      I3: '其他',
      A4: '一、本年新收政府信息公开申请数量',
      A5: '二、上年结转政府信息公开申请数量',
      A6: '三、本年度办理结果',
      B6: '（一）予以公开',
      B7: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      B8: '（三）不予公开',
      C8: '1.属于国家秘密',
      C9: '2.其他法律行政法规禁止公开',
      C10: '3.危及\u201c三安全一稳定\u201d',
      C11: '4.保护第三方合法权益',
      C12: '5.属于三类内部事务信息',
      C13: '6.属于四类过程性信息',
      C14: '7.属于行政执法案卷',
      C15: '8.属于行政查询事项',
      B16: '（四）无法提供',
      C16: '1.本机关不掌握相关政府信息',
      C17: '2.没有现成信息需要另行制作',
      C18: '3.补正后申请内容仍不明确',
      B19: '（五）不予处理',
      C19: '1.信访举报投诉类申请',
      C20: '2.重复申请',
      C21: '3.要求提供公开出版物',
      C22: '4.无正当理由大量反复申请',
      C23: '5.要求行政机关确认或重新出具已获取信息',
      B24: '（六）其他处理',
      C24: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      C25: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      C26: '3.其他',
      B27: '（七）总计',
      A28: '四、结转下年度继续办理',
    };
    for (const [a1, label] of Object.entries(expected)) expect([a1, labelAt(t3, a1)]).toEqual([a1, label]);
    expect(t3.heading).toBe('三、收到和处理政府信息公开申请情况');
    expect([t3.rowCount, t3.colCount, t3.headerRows]).toEqual([28, 10, 3]);
  });

  it('uses full-width punctuation and curly quotes as printed', () => {
    const labels = t3.cells.map((c) => c.label ?? '').join('');
    expect(labels).not.toMatch(/[()":]/);
    expect(labelAt(t3, 'C10')).toContain('\u201c三安全一稳定\u201d');
  });

  it('merges exactly as printed', () => {
    expect(mergesOf(t3)).toEqual(
      [
        'A1:C3', 'D1:J1', 'D2:D3', 'E2:I2', 'J2:J3', 'A4:C4', 'A5:C5', 'A6:A27', 'B6:C6', 'B7:C7',
        'B8:B15', 'B16:B18', 'B19:B23', 'B24:B26', 'B27:C27', 'A28:C28',
      ].sort(),
    );
  });

  it('computes column J of every row and row （七）总计; everything else is an input count', () => {
    const cols = 'DEFGHIJ'.split('');
    for (let row = 4; row <= 28; row += 1) {
      for (const col of cols) {
        const key = fieldAt(t3, `${col}${row}`);
        expect(key, `${col}${row}`).toBeDefined();
        const computed = col === 'J' || row === 27;
        expect([`${col}${row}`, field(key ?? '')?.sumOf !== undefined]).toEqual([`${col}${row}`, computed]);
        expect(field(key ?? '')?.kind).toBe('count');
      }
    }
    expect(NATIONAL_2021.fields.filter((f) => f.table === 't3')).toHaveLength(25 * 7);
    // 四、结转下年度继续办理 is an input that is checked, not computed.
    expect(field('t3.carriedOut.natural')?.sumOf).toBeUndefined();
    expect(field('t3.totalHandled.natural')?.sumOf).toHaveLength(21);
  });
});

describe('2021 Table 四', () => {
  it('prints its labels and merges as printed', () => {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const expected: Record<string, string> = { A1: '行政复议', F1: '行政诉讼', F2: '未经复议直接起诉', K2: '复议后起诉' };
    'ABCDE'.split('').forEach((c, i) => (expected[`${c}2`] = results[i] ?? ''));
    'FGHIJ'.split('').forEach((c, i) => (expected[`${c}3`] = results[i] ?? ''));
    'KLMNO'.split('').forEach((c, i) => (expected[`${c}3`] = results[i] ?? ''));
    for (const [a1, label] of Object.entries(expected)) expect([a1, labelAt(t4, a1)]).toEqual([a1, label]);
    expect(mergesOf(t4)).toEqual(
      ['A1:E1', 'F1:O1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:J2', 'K2:O2'].sort(),
    );
    expect(t4.heading).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('has 15 value cells in row 4 with E, J and O computed', () => {
    const cols = 'ABCDEFGHIJKLMNO'.split('');
    const computed = cols.filter((c) => field(fieldAt(t4, `${c}4`) ?? '')?.sumOf !== undefined);
    expect(computed).toEqual(['E', 'J', 'O']);
    expect(cols.every((c) => field(fieldAt(t4, `${c}4`) ?? '')?.kind === 'count')).toBe(true);
    expect(field('t4.review.total')?.sumOf).toEqual([
      't4.review.upheld',
      't4.review.corrected',
      't4.review.other',
      't4.review.pending',
    ]);
  });
});

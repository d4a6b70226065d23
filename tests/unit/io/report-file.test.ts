import { readFileSync } from 'node:fs';
import { parseReportFile, serializeReportFile } from '@/io/report-file';
import { FIXTURE_DIR } from './read-back';

const good = () => JSON.parse(readFileSync(`${FIXTURE_DIR}national-2021.json`, 'utf8')) as Record<string, unknown>;
const reasonOf = (data: unknown) => {
  const result = parseReportFile(typeof data === 'string' ? data : JSON.stringify(data));
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('parseReportFile', () => {
  it.each(['national-2021', 'national-2019', 'national-legacy'])('reads the fixture %s', (id) => {
    const result = parseReportFile(readFileSync(`${FIXTURE_DIR}${id}.json`, 'utf8'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.format.id).toBe(id);
  });

  it('keeps blanks as null and survives a byte-order mark', () => {
    const result = parseReportFile(`\uFEFF${JSON.stringify(good())}`);
    expect(result.ok && result.report.values['t2.enforcement.decisions']).toBeNull();
  });

  it('round-trips through serializeReportFile', () => {
    const result = parseReportFile(readFileSync(`${FIXTURE_DIR}national-2019.json`, 'utf8'));
    if (!result.ok) throw new Error(result.reason);
    const { unitName, unitKind, year, formatId, values } = result.report;
    const again = parseReportFile(serializeReportFile({ unitName, unitKind, year, formatId, values }));
    expect(again.ok && again.report.values).toEqual(values);
  });

  it('refuses text that is not JSON', () => {
    expect(reasonOf('{"kind": ')).toContain('不是有效的 JSON');
  });

  it('refuses another kind of file and another version', () => {
    expect(reasonOf([1, 2])).toContain('不是一份报表');
    expect(reasonOf({ ...good(), kind: 'something' })).toContain('文件类型不对');
    expect(reasonOf({ ...good(), version: 2 })).toContain('版本“2”不受支持');
  });

  it('refuses a missing unit name, an unknown unit kind and a bad year', () => {
    expect(reasonOf({ ...good(), unitName: '  ' })).toContain('缺少单位名称');
    expect(reasonOf({ ...good(), unitKind: '公司' })).toContain('单位类型“公司”无法识别');
    expect(reasonOf({ ...good(), year: '2024' })).toContain('不是有效的年份');
    expect(reasonOf({ ...good(), year: 2024.5 })).toContain('不是有效的年份');
  });

  it('refuses an unknown format and a format that does not cover the year', () => {
    expect(reasonOf({ ...good(), formatId: 'henan-2030' })).toContain('报表格式“henan-2030”无法识别');
    expect(reasonOf({ ...good(), year: 2018 })).toContain('与文件中的年度 2018 不符');
  });

  it('lists unknown cells, computed cells and values that are not numbers', () => {
    const values = {
      ...(good().values as object),
      't9.x.y': 1,
      't3.received.total': 24,
      't3.received.natural': '20',
      't2.fees.amount': 'NaN',
    };
    const reason = reasonOf({ ...good(), values });
    expect(reason).toContain('1 个单元格不属于');
    expect(reason).toContain('t9.x.y');
    expect(reason).toContain('1 个单元格是自动计算的合计，不能填写');
    expect(reason).toContain('2 个单元格的值不符合要求');
    expect(reason).toContain('一、本年新收（“20”不是数字）');
  });

  it('refuses missing values and malformed explanations', () => {
    const { values: _values, ...rest } = good();
    expect(reasonOf(rest)).toContain('缺少数值');
    expect(reasonOf({ ...good(), explanations: { 'O1:x': 3 } })).toContain('说明（explanations）');
  });
});

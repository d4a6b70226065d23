/** The label-based reader on plain workbook data: layouts, formats, guesses and bad content, without SheetJS. */
import { describe, expect, it } from 'vitest';
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import type { FormatDef } from '@/domain/format/types';
import { indexFormat } from '@/domain/format/format-index';
import { NOT_A_REPORT, readReport, type ImportedReport } from '@/io/import/read-report';
import type { CellValue, WorkbookData } from '@/io/import/workbook-data';
import { appendBlock, emptyBlock, insertColumn, lineBlock, type Block } from '../../../scripts/import-fixtures/block';
import { renderTable } from '../../../scripts/import-fixtures/render-table';
import { makeValues } from '../../../scripts/import-fixtures/report-values';
import { computeAll } from '@/domain/rules/compute';

function tableBlock(format: FormatDef, tableKey: string, values: Record<string, number>): Block {
  const table = format.tables.find((t) => t.key === tableKey);
  if (!table) throw new Error(tableKey);
  const all = computeAll(format, values);
  return renderTable(format, table, { label: (s) => s, value: (f) => all.get(f.key) ?? null });
}

function book(...sheets: { name: string; block: Block }[]): WorkbookData {
  return { sheets: sheets.map(({ name, block }) => ({ name, cells: block.cells })) };
}

function ok(result: ReturnType<typeof readReport>): ImportedReport {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

function inputsOf(format: FormatDef, values: Record<string, number>, tables?: string[]) {
  const out: Record<string, number> = {};
  for (const f of indexFormat(format).inputs) if (!tables || tables.includes(f.table)) out[f.key] = values[f.key] ?? 0;
  return out;
}

describe('readReport: where the tables are', () => {
  it('finds tables in any order, shifted right and down, among other text', () => {
    const values = makeValues(NATIONAL_2021, 7);
    const sheet = lineBlock(['说明文字：本表由办公室填写'], [], []);
    for (const key of ['t4', 't2', 't3']) {
      const block = tableBlock(NATIONAL_2021, key, values);
      insertColumn(block, 0, () => null);
      insertColumn(block, 0, () => '备注');
      appendBlock(sheet, block, 2);
    }
    const got = ok(readReport(book({ name: '全部', block: sheet })));
    expect(got.format.id).toBe('national-2021');
    expect(got.values).toEqual(inputsOf(NATIONAL_2021, values));
    expect(got.missingTables).toEqual([]);
  });

  it('reads a Table 三 printed without its 总计 column: values come through, nothing is stated', () => {
    const values = makeValues(NATIONAL_2021, 8);
    const block = tableBlock(NATIONAL_2021, 't3', values);
    for (const row of block.cells) row.splice(9, 1);
    const got = ok(readReport(book({ name: '表三', block })));
    expect(got.values).toEqual(inputsOf(NATIONAL_2021, values, ['t3']));
    expect(Object.keys(got.stated).filter((k) => k.endsWith('.total'))).toEqual([]);
  });

  it('names the tables a file lacks and leaves their cells blank', () => {
    const values = makeValues(NATIONAL_2021, 9);
    const got = ok(readReport(book({ name: '表三', block: tableBlock(NATIONAL_2021, 't3', values) })));
    expect(got.format.id).toBe('national-2021');
    expect(got.missingTables).toEqual(['二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况']);
    expect(got.values['t2.regulations.issued']).toBeUndefined();
    expect(got.notes.some((n) => n.message.includes('没有找到“二、主动公开政府信息情况”表'))).toBe(true);
  });

  it('tells the 2019 Table 三 (one （六） row) from the 2021 one (three rows)', () => {
    const values = makeValues(NATIONAL_2019, 10);
    const got = ok(readReport(book({ name: '表三', block: tableBlock(NATIONAL_2019, 't3', values) })));
    expect(got.format.id).toBe('national-2019');
    expect(got.values['t3.otherHandling.natural']).toBe(values['t3.otherHandling.natural']);
  });

  it('keeps repeated legacy labels apart by their enclosing group', () => {
    const values = makeValues(LEGACY_2014, 11);
    values['legacy.reviewCorrected.value'] = 101;
    values['legacy.suitCorrected.value'] = 202;
    const got = ok(readReport(book({ name: 'S', block: tableBlock(LEGACY_2014, 'legacy', values) })));
    expect(got.format.id).toBe('national-legacy');
    expect(got.values['legacy.reviewCorrected.value']).toBe(101);
    expect(got.values['legacy.suitCorrected.value']).toBe(202);
    expect(got.values).toEqual(inputsOf(LEGACY_2014, values));
  });

  it('reads 2019 and 2021 tables from one sheet each', () => {
    const values = makeValues(NATIONAL_2019, 12);
    const sheets = ['t2', 't3', 't4'].map((key) => ({ name: key, block: tableBlock(NATIONAL_2019, key, values) }));
    const got = ok(readReport(book(...sheets)));
    expect(got.values).toEqual(inputsOf(NATIONAL_2019, values));
    expect(got.sources['t4.review.upheld']?.sheet).toBe('t4');
  });
});

describe('readReport: year and unit guesses', () => {
  const values = makeValues(NATIONAL_2021, 13);
  const withLines = (...lines: CellValue[][]) => {
    const sheet = lineBlock(...lines);
    appendBlock(sheet, tableBlock(NATIONAL_2021, 't3', values), 1);
    return sheet;
  };

  it('does not take the filling date for the data year', () => {
    const got = ok(
      readReport(book({ name: 'S', block: withLines(['填报日期：2025年1月10日']) }), { fileName: '年报2024.xlsx' }),
    );
    expect(got.year).toMatchObject({ value: 2024, source: 'fileName' });
  });

  it('reads the year from a sheet name when the sheets say nothing else', () => {
    const got = ok(readReport(book({ name: '2023年统计表', block: withLines() })));
    expect(got.year).toMatchObject({ value: 2023, source: 'sheetName' });
  });

  it('reads a unit written in the cell after 填报单位：', () => {
    const got = ok(readReport(book({ name: 'S', block: withLines(['填报单位：', null, '某某市生态环境局']) })));
    expect(got.unitName).toMatchObject({ value: '某某市生态环境局', source: 'unitLine', cell: 'A1' });
  });

  it('guesses nothing rather than a wrong unit', () => {
    const got = ok(
      readReport(book({ name: 'S', block: withLines(['政府信息公开情况统计表']) }), { fileName: '表.xlsx' }),
    );
    expect(got.unitName).toBeUndefined();
    expect(got.year).toBeUndefined();
  });

  it('does not take 关于 or 附件 before a year for a unit', () => {
    const got = ok(readReport(book({ name: 'S', block: withLines(['关于2024年政府信息公开工作年度报告的说明']) })));
    expect(got.year?.value).toBe(2024);
    expect(got.unitName).toBeUndefined();
  });

  it('prefers the title over the sheet name and the file name, and says which it chose and why', () => {
    const got = ok(
      readReport(book({ name: '2024年', block: withLines(['某某局2025年政府信息公开工作年度报告']) }), {
        fileName: '某某局2023年统计表.xlsx',
      }),
    );
    expect(got.year).toMatchObject({ value: 2025, source: 'title' });
    expect(got.year?.note).toBe(
      '工作表名称“2024年”写的是 2024 年，采用表格标题的 2025 年（表格标题优先于工作表名称），请核对。',
    );
  });

  it('takes a 2020年度 sheet name over a column header note of the year before, with nothing to explain', () => {
    const got = ok(readReport(book({ name: '2020年度', block: withLines(['上一年项目数量（指2019年事项数）']) })));
    expect(got.year).toMatchObject({ value: 2020, source: 'sheetName' });
    expect(got.year?.note).toBeUndefined();
  });

  it('says nothing when every source names the same year', () => {
    const got = ok(
      readReport(book({ name: '2025年', block: withLines(['某某局2025年政府信息公开工作年度报告']) }), {
        fileName: '2025.xlsx',
      }),
    );
    expect(got.year?.note).toBeUndefined();
  });

  it('warns when the year and the printed format disagree', () => {
    const got = ok(readReport(book({ name: 'S', block: withLines(['某某局2018年政府信息公开工作年度报告']) })));
    expect(got.format.id).toBe('national-2021');
    expect(got.notes[0]?.message).toContain('2018 年');
  });
});

describe('readReport: what is not a report', () => {
  it('refuses a workbook without the tables’ labels, in Chinese', () => {
    const budget = lineBlock(['收入项目', '预算数'], ['一、一般公共预算拨款收入', 1520.3], ['收入总计', 1520.3]);
    expect(readReport(book({ name: '预算', block: budget }))).toMatchObject({ ok: false, reason: NOT_A_REPORT });
    expect(readReport({ sheets: [] }).ok).toBe(false);
    expect(readReport(book({ name: '空', block: emptyBlock() }))).toMatchObject({ ok: false, reason: NOT_A_REPORT });
  });

  it('never throws on random content', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = [
      '总计',
      '自然人',
      '规章',
      '（一）予以公开',
      '行政复议',
      '结果维持',
      '-',
      '无',
      '9件',
      '',
      '1、',
      '统计数',
    ];
    for (let n = 0; n < 30; n += 1) {
      const cells = Array.from({ length: 30 }, () =>
        Array.from({ length: 12 }, (): CellValue =>
          rand() < 0.5 ? Math.floor(rand() * 50) : (words[Math.floor(rand() * words.length)] ?? null),
        ),
      );
      expect(() => readReport({ sheets: [{ name: 'x', cells }] })).not.toThrow();
    }
  });
});

describe('readReport: a refusal names the format the file should have had', () => {
  const legacySheet = (title: string) =>
    lineBlock(
      [title],
      ['统计指标', '单位', '统计数'],
      ['三、依申请公开情况', '', ''],
      ['（一）收到申请数', '件', '约10'],
      ['1.当面申请数', '件', '十二'],
      ['收费金额合计', '万元', '—'],
    );

  it('tells a legacy 统计表 of its year the legacy labels it lacks, not the 2021 ones', () => {
    const got = readReport(
      book({ name: '统计表', block: legacySheet('某某县民政局政府信息公开情况统计表（2016年度）') }),
    );
    expect(got.ok).toBe(false);
    const reason = got.ok ? '' : got.reason;
    expect(reason).toContain(`文件的年度 2016 年适用${LEGACY_2014.name}`);
    expect(reason).toContain('“一、主动公开情况”“二、回应解读情况”“四、行政复议数量”等标签');
    expect(reason).not.toContain('本年新收');
  });

  it('names the legacy labels by the sections the file carries when it names no year', () => {
    const got = readReport(book({ name: '统计表', block: legacySheet('政府信息公开情况统计表') }));
    const reason = got.ok ? '' : got.reason;
    expect(reason).toContain(`文件像是${LEGACY_2014.name}`);
    expect(reason).toContain('“一、主动公开情况”');
    expect(reason).not.toContain('本年新收');
  });

  it('names the 2021 labels for a 2024 file without them', () => {
    const got = readReport(book({ name: 'S', block: lineBlock(['某某局2024年度统计'], ['项目', '数量']) }));
    const reason = got.ok ? '' : got.reason;
    expect(reason).toContain(`文件的年度 2024 年适用${NATIONAL_2021.name}`);
    expect(reason).toContain('“一、本年新收政府信息公开申请数量”');
  });
});

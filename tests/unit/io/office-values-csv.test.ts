/** The values CSV parsed back with a small RFC 4180 reader: every cell present, labels as printed, blanks empty. */
import { indexFormat } from '@/domain/format/format-index';
import { allPartsBlank, computeAll } from '@/domain/rules/compute';
import { VALUES_CSV_HEADER, valuesCsv } from '@/io/office/values-csv';
import { loadFixture } from './read-back';
import { OFFICE_FIXTURES, loadOfficeReport } from './office-fixtures';

/** Quoted fields with doubled quotes, commas and line breaks inside; CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

const reports = OFFICE_FIXTURES.map(loadOfficeReport);
const rows = reports.map((r) => ({ unitName: r.unitName, year: r.year, format: r.format, values: r.values }));

describe('valuesCsv', () => {
  const text = valuesCsv(rows);
  const [header, ...lines] = parseCsv(text.replace(/^\uFEFF/, ''));

  it('starts with a byte-order mark and the header, one line per cell of every report', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([...VALUES_CSV_HEADER]);
    const fields = reports.reduce((n, r) => n + r.format.fields.length, 0);
    expect(lines).toHaveLength(fields);
    expect(new Set(lines.map((l) => `${l[0]}|${l[7]}`)).size).toBe(fields);
  });

  it('writes every value: inputs as entered, blanks empty, totals as computed', () => {
    let checked = 0;
    for (const r of reports) {
      const computed = computeAll(r.format, r.values);
      for (const field of r.format.fields) {
        const line = lines.find((l) => l[0] === r.unitName && l[7] === field.key)!;
        expect(line[1]).toBe('2024');
        expect(line[5]).toBe(field.sumOf ? '计算' : '填报');
        const v = r.values[field.key];
        if (!field.sumOf) expect(line[6], field.key).toBe(typeof v === 'number' ? String(v) : '');
        else if (allPartsBlank(r.format, r.values, field.key)) expect(line[6], field.key).toBe('');
        else expect(Number(line[6]), field.key).toBe(computed.get(field.key));
        checked += 1;
      }
    }
    expect(checked).toBe(400);
    const street = (key: string) => lines.find((l) => l[0] === '示例区城关街道办事处' && l[7] === key)![6];
    expect(street('t2.licensing.decisions')).toBe('');
    expect(street('t2.enforcement.decisions')).toBe('');
    expect(street('t2.normativeDocs.issued')).toBe('5');
    expect(street('t3.received.total')).toBe('24');
    // A total none of whose parts was filled is blank, as the grid shows it, not 0.
    expect(street('t4.suitAfterReview.total')).toBe('');
    expect(lines.find((l) => l[0] === '示例区财政局' && l[7] === 't2.fees.amount')![6]).toBe('1.5');
  });

  it('prints the labels as printed, groups joined with ›', () => {
    const line = lines.find((l) => l[0] === '示例区财政局' && l[7] === 't3.refusedSecret.business')!;
    expect(line.slice(2, 5)).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密',
      '申请人情况 › 法人或其他组织 › 商业企业',
    ]);
    const licensing = lines.find((l) => l[7] === 't2.licensing.decisions')!;
    expect(licensing.slice(2, 5)).toEqual([
      '二、主动公开政府信息情况',
      '第二十条第（五）项 › 行政许可',
      '本年处理决定数量',
    ]);
    const suits = lines.find((l) => l[7] === 't4.suitAfterReview.total')!;
    expect(suits.slice(3, 5)).toEqual(['', '行政诉讼 › 复议后起诉 › 总计']);
  });

  it('follows the printed order: table by table, top to bottom, left to right', () => {
    const keys = lines.filter((l) => l[0] === '示例区财政局').map((l) => l[7]);
    expect(keys.slice(0, 3)).toEqual(['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.valid']);
    expect(keys.indexOf('t3.received.natural')).toBeLessThan(keys.indexOf('t3.received.total'));
    expect(keys.indexOf('t3.received.total')).toBeLessThan(keys.indexOf('t3.carriedIn.natural'));
    expect(keys.at(-1)).toBe('t4.suitAfterReview.total');
  });

  it('neutralises text a spreadsheet would run and quotes commas and quotes', () => {
    const evil = '=HYPERLINK("http://x","点我"),甲';
    const csv = valuesCsv([{ ...rows[0]!, unitName: evil }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我""),甲"`);
    const [, first] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(first?.[0]).toBe(`'${evil}`);
  });

  it('handles reports of other formats in the same file (2019 with negative figures, legacy)', () => {
    const mixed = ['national-2019', 'national-legacy'].map(loadFixture);
    const [, ...all] = parseCsv(valuesCsv(mixed).replace(/^\uFEFF/, ''));
    expect(all).toHaveLength(mixed.reduce((n, f) => n + f.format.fields.length, 0));
    const negative = mixed[0]!.format.fields.find((f) => (mixed[0]!.values[f.key] ?? 0) < 0)!;
    const line = all.find((l) => l[7] === negative.key)!;
    expect(Number(line[6])).toBe(mixed[0]!.values[negative.key]);
    expect(line[1]).toBe('2020');
    const inputs = indexFormat(mixed[1]!.format).inputs.length;
    expect(all.filter((l) => l[0] === mixed[1]!.unitName && l[5] === '填报')).toHaveLength(inputs);
  });
});

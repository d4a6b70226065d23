/**
 * Generates the import test corpus under tests/fixtures/import/ and its answers (manifest.json). Run with
 * `npx tsx scripts/make-import-fixtures.ts`; needs LibreOffice (`soffice`) for the .xls, .ods and GBK .csv
 * copies. The generated files are committed, so tests never need LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEGACY_2014 } from '../src/domain/formats/legacy-2014';
import { NATIONAL_2019 } from '../src/domain/formats/national-2019';
import { NATIONAL_2021 } from '../src/domain/formats/national-2021';
import { budget, encryptedOffice, manySheets, millionRows, png, zipBomb } from './import-fixtures/hostile';
import { writeXlsx, type FixtureSheet } from './import-fixtures/mini-xlsx';
import { buildReport, type ExpectedReport, type ReportChoices } from './import-fixtures/report-fixture';

const OUT = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));

type Meta = { year: number; yearSource: string; unit?: string; unitSource?: string; importName?: string };
type Entry = (ExpectedReport & Meta) | { kind: 'refused'; contains: string };

const manifest: Record<string, Entry> = {};
const work = mkdtempSync(join(tmpdir(), 'import-fixtures-'));

interface ReportFixture {
  name: string;
  choices: ReportChoices;
  meta: Meta;
  /** Copies made by LibreOffice from the .xlsx: extension → file name. */
  copies?: { ext: 'xls' | 'ods' | 'csv-gbk'; name: string }[];
  /** Also write the first sheet as UTF-8 CSV with a BOM. */
  utf8Csv?: string;
  /** Also write the first sheet as an HTML table named .xls, as some reporting systems export. */
  htmlXls?: string;
  /** Do not keep the .xlsx itself in the corpus. */
  xlsxOnlyAsSource?: boolean;
}

const REFUSE_2021 = { 't3.refusedSecret.natural': '约10', 't3.disclosed.business': '=1+1' };

const FIXTURES: ReportFixture[] = [
  {
    name: '2021-tidy-one-sheet',
    choices: {
      format: NATIONAL_2021,
      seed: 2021,
      messy: false,
      layout: 'oneSheet',
      title: '某某市交通运输局2024年政府信息公开工作年度报告',
    },
    meta: { year: 2024, yearSource: 'title', unit: '某某市交通运输局', unitSource: 'title' },
    utf8Csv: '2021-tidy-utf8-bom.csv',
  },
  {
    name: '2021-sheet-per-table',
    choices: { format: NATIONAL_2021, seed: 2022, messy: false, layout: 'sheetPerTable', signature: true },
    meta: {
      year: 2023,
      yearSource: 'fileName',
      unit: '某某街道办事处',
      unitSource: 'fileName',
      importName: '某某街道办事处2023年政府信息公开年报.xlsx',
    },
  },
  {
    name: '2021-messy',
    choices: {
      format: NATIONAL_2021,
      seed: 2023,
      messy: true,
      layout: 'oneSheet',
      title: '2024年度政府信息公开工作年度报告统计表',
      unitLine: '填报单位：某某县人民政府办公室        填报日期：2025年1月15日',
      signature: true,
      extraRow: { after: '行政规范性文件', label: '其他主动公开文件（不含规章和规范性文件）' },
      refuse: REFUSE_2021,
      wrongStated: 't3.received.total',
    },
    meta: { year: 2024, yearSource: 'title', unit: '某某县人民政府办公室', unitSource: 'unitLine' },
    copies: [
      { ext: 'xls', name: '2021-messy.xls' },
      { ext: 'ods', name: '2021-messy.ods' },
      { ext: 'csv-gbk', name: '2021-messy-gbk.csv' },
    ],
    htmlXls: '2021-messy-html-disguised.xls',
  },
  {
    name: '2019-tidy-one-sheet',
    choices: {
      format: NATIONAL_2019,
      seed: 2019,
      messy: false,
      layout: 'oneSheet',
      title: '某某区人民政府2020年政府信息公开工作年度报告',
    },
    meta: { year: 2020, yearSource: 'title', unit: '某某区人民政府', unitSource: 'title' },
  },
  {
    name: '2019-messy',
    choices: {
      format: NATIONAL_2019,
      seed: 2020,
      messy: true,
      layout: 'oneSheet',
      title: '政府信息公开工作年度报告统计表（2019年度）',
      unitLine: '填报单位：某某区教育局',
      signature: true,
      extraRow: { after: '规范性文件', label: '其他主动公开文件（各地自行补充）' },
      refuse: { 't2.regulations.newlyMade': '1.5' },
    },
    meta: { year: 2019, yearSource: 'title', unit: '某某区教育局', unitSource: 'unitLine' },
    copies: [{ ext: 'xls', name: '2019-messy.xls' }],
    xlsxOnlyAsSource: true,
  },
  {
    name: '2019-sheet-per-table',
    choices: {
      format: NATIONAL_2019,
      seed: 2018,
      messy: false,
      layout: 'sheetPerTable',
      title: '2020年政府信息公开工作年度报告',
      unitLine: '填报单位：某某镇人民政府',
    },
    meta: { year: 2020, yearSource: 'title', unit: '某某镇人民政府', unitSource: 'unitLine' },
    copies: [{ ext: 'ods', name: '2019-sheet-per-table.ods' }],
    xlsxOnlyAsSource: true,
  },
  {
    name: 'legacy-2017-serial',
    choices: {
      format: LEGACY_2014,
      seed: 2017,
      messy: true,
      layout: 'oneSheet',
      title: '政府信息公开情况统计表（2017年度）',
      unitLine: '填报单位（盖章）：某某区人民政府办公室',
      signature: true,
      serialColumn: true,
    },
    meta: { year: 2017, yearSource: 'title', unit: '某某区人民政府办公室', unitSource: 'unitLine' },
    copies: [
      { ext: 'xls', name: 'legacy-2017-serial.xls' },
      { ext: 'csv-gbk', name: 'legacy-2017-serial-gbk.csv' },
    ],
    xlsxOnlyAsSource: true,
  },
  {
    name: 'legacy-2016-tidy',
    choices: {
      format: LEGACY_2014,
      seed: 2016,
      messy: false,
      layout: 'oneSheet',
      title: '某某县民政局政府信息公开情况统计表（2016年度）',
    },
    meta: { year: 2016, yearSource: 'title', unit: '某某县民政局', unitSource: 'title' },
  },
];

/** LibreOffice's text encoding 61 is GBK (code page 936), what Chinese Excel writes for "CSV"; 76 would be UTF-8. */
function convert(file: string, target: string): string {
  // soffice refuses to run twice with one profile; a private profile keeps parallel helpers apart.
  const profile = `file://${join(work, 'profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', join(work, 'out'), file],
    {
      stdio: 'pipe',
    },
  );
  return join(work, 'out');
}

function csv(sheet: FixtureSheet): string {
  const quote = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.cells.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** An HTML table with the sheet's merges as colspan/rowspan; cells inside a merge are left out. */
function html(sheet: FixtureSheet): string {
  const covered = new Set<string>();
  const spans = new Map<string, string>();
  for (const m of sheet.merges ?? []) {
    spans.set(`${m.r0}:${m.c0}`, ` rowspan="${m.r1 - m.r0 + 1}" colspan="${m.c1 - m.c0 + 1}"`);
    for (let r = m.r0; r <= m.r1; r += 1) {
      for (let c = m.c0; c <= m.c1; c += 1) if (r !== m.r0 || c !== m.c0) covered.add(`${r}:${c}`);
    }
  }
  const esc = (v: string | number | null) =>
    v === null ? '' : String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
  const rows = sheet.cells.map((row, r) => {
    const width = Math.max(...sheet.cells.map((x) => x.length));
    const tds: string[] = [];
    for (let c = 0; c < width; c += 1) {
      if (!covered.has(`${r}:${c}`)) tds.push(`<td${spans.get(`${r}:${c}`) ?? ''}>${esc(row[c] ?? null)}</td>`);
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<html><head><meta charset="utf-8"></head><body><table>\n${rows.join('\n')}\n</table></body></html>\n`;
}

mkdirSync(OUT, { recursive: true });
for (const fx of FIXTURES) {
  const { sheets, expected } = buildReport(fx.choices);
  const entry: Entry = { ...expected, ...fx.meta };
  const bytes = writeXlsx(sheets);
  const source = join(work, `${fx.name}.xlsx`);
  writeFileSync(source, bytes);
  if (!fx.xlsxOnlyAsSource) {
    writeFileSync(join(OUT, `${fx.name}.xlsx`), bytes);
    manifest[`${fx.name}.xlsx`] = entry;
  }
  if (fx.utf8Csv && sheets[0]) {
    writeFileSync(join(OUT, fx.utf8Csv), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(sheets[0]))]));
    manifest[fx.utf8Csv] = csvEntry(entry, sheets[0].name);
  }
  if (fx.htmlXls && sheets[0]) {
    writeFileSync(join(OUT, fx.htmlXls), html(sheets[0]));
    manifest[fx.htmlXls] = csvEntry(entry, sheets[0].name);
  }
  for (const copy of fx.copies ?? []) {
    const target = copy.ext === 'csv-gbk' ? 'csv:Text - txt - csv (StarCalc):44,34,61' : copy.ext;
    const dir = convert(source, target);
    const ext = copy.ext === 'csv-gbk' ? 'csv' : copy.ext;
    copyFileSync(join(dir, `${fx.name}.${ext}`), join(OUT, copy.name));
    manifest[copy.name] = ext === 'csv' ? csvEntry(entry, sheets[0]?.name ?? '') : entry;
  }
}

/** A CSV has one sheet, named by the parser, and no merges; the answers are otherwise the same. */
function csvEntry(entry: Entry, sheetName: string): Entry {
  if (entry.kind !== 'report') return entry;
  const rename = <T extends { sheet: string }>(list: T[]) =>
    list.map((x) => (x.sheet === sheetName ? { ...x, sheet: 'Sheet1' } : x));
  return { ...entry, refused: rename(entry.refused), notes: rename(entry.notes), unplaced: rename(entry.unplaced) };
}

const hostile: Record<string, { bytes: Uint8Array; contains: string }> = {
  'hostile-zip-bomb.xlsx': { bytes: zipBomb(160), contains: '解压后过大' },
  'hostile-zip-bomb-lying.xlsx': { bytes: zipBomb(160, 160_000), contains: '解压后过大（超过 100 MB）' },
  'hostile-png-renamed.xlsx': { bytes: png(), contains: '不是表格文件' },
  'hostile-3000-sheets.xlsx': { bytes: manySheets(3000), contains: '3000 个工作表' },
  'hostile-million-rows.xlsx': { bytes: millionRows(1_000_000), contains: '解压后过大' },
  'hostile-encrypted.xlsx': { bytes: encryptedOffice(), contains: '加密' },
  'unrelated-budget.xlsx': { bytes: budget(), contains: '未在文件中找到政府信息公开年报统计表' },
};
const tidy = readFileSync(join(OUT, '2021-tidy-one-sheet.xlsx'));
hostile['hostile-truncated.xlsx'] = {
  bytes: new Uint8Array(tidy.subarray(0, Math.floor(tidy.length * 0.6))),
  contains: '不完整或已损坏',
};
for (const [name, { bytes, contains }] of Object.entries(hostile)) {
  writeFileSync(join(OUT, name), bytes);
  manifest[name] = { kind: 'refused', contains };
}

writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${Object.keys(manifest).length} fixtures to tests/fixtures/import/`);

/**
 * Opens the exported sheets in another program: each fixture report is exported with the command line,
 * LibreOffice converts it to PDF and CSV (recalculating every formula on load), and the CSV is compared
 * with the values the report holds and the totals the rules compute. Prints `N passed, N failed`.
 * Needs `soffice` (libreoffice-calc-nogui) and, for the page image, `pdftoppm` (poppler-utils).
 * Run: `bash scripts/check-export-libreoffice.sh` (or `npx tsx scripts/check-export-libreoffice.ts`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeAll } from '../src/domain/rules/compute';
import { parseReportFile } from '../src/io/report-file';
import { planSheet } from '../src/io/export/sheet-plan';

const FIXTURES = ['national-2021', 'national-2019', 'national-legacy'].map((id) => `tests/fixtures/reports/${id}.json`);
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false';

const work = mkdtempSync(join(tmpdir(), 'export-check-'));
const profile = join(work, 'profile');
let passed = 0;
let failed = 0;
const check = (ok: boolean, what: string) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`不一致：${what}`);
  }
};

/** A private LibreOffice profile that recalculates every formula of an .xlsx on load (never trusts the cache). */
function writeProfile() {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

function soffice(target: string, file: string) {
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      target,
      '--outdir',
      work,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice 转换失败：${run.stderr}`);
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\n') {
      field = field.replace(/\r$/, '');
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The recalculation setting must work, or formula totals would only echo the cached values. */
async function checkRecalculation() {
  const excel = (await import('exceljs')).default;
  const workbook = new excel.Workbook();
  workbook.addWorksheet('x').getCell('A1').value = { formula: '1+1', result: 5 };
  const file = join(work, 'recalc-probe.xlsx');
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  soffice(CSV_FILTER, file);
  const value = readFileSync(join(work, 'recalc-probe.csv'), 'utf8').trim();
  check(value === '2', `LibreOffice 未重新计算公式（读到 ${value}，应为 2）`);
}

function checkFixture(fixture: string) {
  const report = parseReportFile(readFileSync(fixture, 'utf8'));
  if (!report.ok) throw new Error(report.reason);
  const { format, values, unitName, year } = report.report;
  const xlsx = join(work, `${basename(fixture, '.json')}.xlsx`);
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'convert', fixture, '--out', xlsx], { stdio: 'ignore' });
  soffice('pdf', xlsx);
  soffice(CSV_FILTER, xlsx);
  const csv = parseCsv(readFileSync(xlsx.replace(/\.xlsx$/, '.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const at = (row: number, col: number) => csv[row - 1]?.[col - 1] ?? '';
  const plan = planSheet({ format, values, unitName, year });
  const computed = computeAll(format, values);
  for (const [key, ref] of plan.fieldCells) {
    const def = format.fields.find((f) => f.key === key);
    const stored = values[key];
    const expected = def?.sumOf ? computed.get(key) : stored;
    const got = at(ref.row, ref.col);
    const ok = expected === null || expected === undefined ? got === '' : got !== '' && Number(got) === expected;
    check(ok, `${basename(fixture)} ${key}：LibreOffice 读出“${got}”，应为“${expected ?? '空白'}”`);
  }
  for (const cell of plan.cells) {
    if ('text' in cell.content)
      check(at(cell.row, cell.col) === cell.content.text, `${basename(fixture)} 文字“${cell.content.text}”`);
  }
}

if (spawnSync('soffice', ['--version']).status !== 0) {
  console.error(
    '未找到 soffice：请先安装 LibreOffice（apt-get install -y --no-install-recommends libreoffice-calc-nogui）。',
  );
  process.exit(2);
}
writeProfile();
await checkRecalculation();
for (const fixture of FIXTURES) checkFixture(fixture);
const pdf = join(work, 'national-2021.pdf');
if (
  spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(work, 'national-2021-page')]).status === 0
) {
  console.log(`第 1 页图像：${join(work, 'national-2021-page-1.png')}`);
}
console.log(`PDF 与 CSV 在：${work}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

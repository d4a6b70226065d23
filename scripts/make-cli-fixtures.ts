/**
 * Generates the command line's fixtures under tests/fixtures/cli/ from the import corpus. Run with
 * `npx tsx scripts/make-cli-fixtures.ts`; needs LibreOffice (`soffice`). The generated files are committed.
 *
 * `2021-blank-totals-number-styles.ods`: the tidy 2021 sheet with every printed 总计/合计 cell left blank (as
 * offices often send it) and every number in LibreOffice's three-part style `#,##0;[Red]-#,##0;"-"`, saved by
 * LibreOffice as .ods: its number styles are ones SheetJS cannot translate and warns about.
 *
 * `平顶山市湛河区民政局2020年度统计表.xls`: the tidy 2019-format sheet with no title line, its sheet named 2020年度
 * and a column header noting （指2019年事项数）, saved by LibreOffice as .xls: the year is the sheet's, not the
 * header's, and the unit is the file name's without its year and 统计表 words.
 *
 * `legacy-2016-bad-values.xls`: the tidy legacy 统计表 cut to its title, header and first rows, their values
 * written as 约10 and the like, saved by LibreOffice as .xls: too little to read, so it is refused, and the
 * refusal must name the legacy labels it lacks.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { importFile } from '../src/io/import/import-file';

const IMPORT = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));
const OUT = fileURLToPath(new URL('../tests/fixtures/cli/', import.meta.url));
const NAME = '2021-blank-totals-number-styles';
const OLDER = '平顶山市湛河区民政局2020年度统计表';
const LEGACY_BAD = 'legacy-2016-bad-values';

const work = mkdtempSync(join(tmpdir(), 'cli-fixtures-'));
try {
  const source = `${IMPORT}2021-tidy-one-sheet.xlsx`;
  const read = await importFile(new Uint8Array(readFileSync(source)), '2021-tidy-one-sheet.xlsx');
  if (!read.ok) throw new Error(read.reason);
  const totals = Object.keys(read.stated).map((key) => read.sources[key]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(source);
  for (const at of totals) {
    if (at) book.getWorksheet(at.sheet)!.getCell(at.cell).value = null;
  }
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = '#,##0;[Red]-#,##0;"-"';
      }),
    ),
  );
  await book.xlsx.writeFile(join(work, `${NAME}.xlsx`));
  convert(work, `${NAME}.xlsx`, 'ods');
  console.log(`${NAME}.ods: ${totals.length} printed totals left blank`);

  const older = new ExcelJS.Workbook();
  await older.xlsx.readFile(`${IMPORT}2019-tidy-one-sheet.xlsx`);
  const sheet = older.worksheets[0]!;
  sheet.name = '2020年度';
  sheet.getCell('A1').value = null;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === '上一年项目数量') cell.value = '上一年项目数量（指2019年事项数）';
    }),
  );
  await older.xlsx.writeFile(join(work, `${OLDER}.xlsx`));
  convert(work, `${OLDER}.xlsx`, 'xls');
  console.log(`${OLDER}.xls`);

  const legacy = new ExcelJS.Workbook();
  await legacy.xlsx.readFile(`${IMPORT}legacy-2016-tidy.xlsx`);
  const table = legacy.worksheets[0]!;
  table.eachRow((row, r) =>
    row.eachCell((cell) => {
      if (r > 5) cell.value = null;
      else if (typeof cell.value === 'number') cell.value = `约${cell.value}`;
    }),
  );
  await legacy.xlsx.writeFile(join(work, `${LEGACY_BAD}.xlsx`));
  convert(work, `${LEGACY_BAD}.xlsx`, 'xls');
  console.log(`${LEGACY_BAD}.xls`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** LibreOffice saves `file` of `dir` as `ext` into the fixtures. */
function convert(dir: string, file: string, ext: 'ods' | 'xls') {
  // soffice refuses to run twice with one profile; a private profile keeps parallel runs apart.
  const profile = `file://${join(dir, 'profile')}`;
  const target = ext === 'xls' ? 'xls:MS Excel 97' : 'ods';
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', dir, join(dir, file)], {
    stdio: 'pipe',
  });
  const out = file.replace(/\.xlsx$/, `.${ext}`);
  copyFileSync(join(dir, out), join(OUT, out));
}

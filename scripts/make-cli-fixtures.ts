/**
 * Generates the command line's fixtures under tests/fixtures/cli/ from the import corpus. Run with
 * `npx tsx scripts/make-cli-fixtures.ts`; needs LibreOffice (`soffice`). The generated files are committed.
 *
 * `2021-blank-totals-number-styles.ods`: the tidy 2021 sheet with every printed 总计/合计 cell left blank (as
 * offices often send it) and every number in LibreOffice's three-part style `#,##0;[Red]-#,##0;"-"`, saved by
 * LibreOffice as .ods: its number styles are ones SheetJS cannot translate and warns about.
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
  const xlsx = join(work, `${NAME}.xlsx`);
  await book.xlsx.writeFile(xlsx);
  // soffice refuses to run twice with one profile; a private profile keeps parallel runs apart.
  const profile = `file://${join(work, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'ods', '--outdir', work, xlsx], {
    stdio: 'pipe',
  });
  copyFileSync(join(work, `${NAME}.ods`), join(OUT, `${NAME}.ods`));
  console.log(`${NAME}.ods: ${totals.length} printed totals left blank`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

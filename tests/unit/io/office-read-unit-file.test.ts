/** A unit's file as the office receives it: the app's report file by name or by content, or a spreadsheet. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readUnitFile } from '@/io/office/read-unit-file';
import { OFFICE_FIXTURE_DIR } from './office-fixtures';

const IMPORT_DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

describe('readUnitFile', () => {
  it('reads a report file, also when saved under another name', async () => {
    const bytes = bytesOf(`${OFFICE_FIXTURE_DIR}unit-street-2024.json`);
    for (const name of ['unit.json', '城关街道报表.txt']) {
      const r = await readUnitFile(bytes, name);
      if (!r.ok) throw new Error(r.reason);
      expect(r.unitName).toBe('示例区城关街道办事处');
      expect(r.unitKind).toBe('乡镇街道');
      expect(r.year).toBe(2024);
      expect(r.format.id).toBe('national-2021');
      expect(r.values['t2.licensing.decisions']).toBeNull();
      expect(r.stated).toBeUndefined();
      expect(r.defects).toEqual([]);
    }
  });

  it('reads a spreadsheet through the importer, with the figures printed in its totals', async () => {
    const r = await readUnitFile(bytesOf(`${IMPORT_DIR}2021-tidy-one-sheet.xlsx`), '2021-tidy-one-sheet.xlsx');
    if (!r.ok) throw new Error(r.reason);
    expect([r.unitName, r.year, r.format.id]).toEqual(['某某市交通运输局', 2024, 'national-2021']);
    expect(Object.keys(r.stated ?? {}).length).toBeGreaterThan(10);
    expect(r.defects).toEqual([]);
  });

  it('lists cells it could not read as defects, and blanks read as 0 as notes', async () => {
    const r = await readUnitFile(bytesOf(`${IMPORT_DIR}2021-messy.xlsx`), '2021-messy.xlsx');
    if (!r.ok) throw new Error(r.reason);
    expect(r.defects.join('')).toContain('“约10”');
    expect(r.notes.join('')).toMatch(/\d+ 个空白单元格按 0 计/);
  });

  it('refuses a spreadsheet without a year anywhere, saying how to fix it', async () => {
    const csv = readFileSync(`${IMPORT_DIR}2021-tidy-utf8-bom.csv`, 'utf8').replace(/20\d\d\s*年/g, '');
    const r = await readUnitFile(new TextEncoder().encode(csv), '交通运输局.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('无法确定报表年度');
  });

  it('refuses a report file that is not UTF-8 text or not valid', async () => {
    const reasonOf = async (bytes: Uint8Array) => {
      const r = await readUnitFile(bytes, 'x.json');
      return r.ok ? '' : r.reason;
    };
    expect(await reasonOf(new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]))).toContain('不是 UTF-8 编码');
    expect(await reasonOf(new TextEncoder().encode('{"kind":"other"}'))).toContain('文件类型不对');
  });
});

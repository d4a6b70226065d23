/** SheetJS within bounds: rows capped, text decoded as UTF-8 or GBK, parser errors turned into Chinese reasons. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, parseWorkbook } from '@/io/import/parse-workbook';
import { ENCRYPTED_MESSAGE } from '@/io/import/precheck';
import { IMPORT_LIMITS } from '@/io/import/limits';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const load = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

describe('parseWorkbook', () => {
  it('stops a million-row sheet at the row limit even when the precheck is bypassed', async () => {
    const got = await parseWorkbook(load('hostile-million-rows.xlsx'), 'xlsx');
    if (!got.ok) throw new Error(got.reason);
    expect(got.book.sheets[0]?.cells.length).toBe(IMPORT_LIMITS.maxRowsPerSheet);
    expect(got.notes.join()).toContain(`只读取了前 ${IMPORT_LIMITS.maxRowsPerSheet} 行`);
  });

  it('cuts a million-line CSV before parsing it', async () => {
    const text = new TextEncoder().encode('名称,数量\n' + '自然人,1\n'.repeat(1_000_000));
    const got = await parseWorkbook(text, 'text');
    if (!got.ok) throw new Error(got.reason);
    expect(got.book.sheets[0]?.cells.length).toBe(IMPORT_LIMITS.maxRowsPerSheet);
    expect(got.book.sheets[0]?.cells[0]).toEqual(['名称', '数量']);
    expect(got.notes.join()).toContain('只读取了前');
  });

  it('keeps CSV cells as text so that 9件 and 1,234 reach the value reader as typed', async () => {
    const got = await parseWorkbook(new TextEncoder().encode('a,9件,"1,234",-\n'), 'text');
    expect(got.ok && got.book.sheets[0]?.cells[0]).toEqual(['a', '9件', '1,234', '-']);
  });

  it('reads an .xls written by LibreOffice (BIFF8) with its Chinese text', async () => {
    const got = await parseWorkbook(load('legacy-2017-serial.xls'), 'xls');
    if (!got.ok) throw new Error(got.reason);
    expect(got.book.sheets[0]?.cells[0]?.[0]).toBe('政府信息公开情况统计表（2017年度）');
  });

  it('maps a damaged file to the Chinese damaged-file reason', async () => {
    const got = await parseWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), 'xls');
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toMatch(/损坏|无法读取/);
  });

  it('maps SheetJS’s password error on an encrypted container to the 加密文件 message', async () => {
    const got = await parseWorkbook(load('hostile-encrypted.xlsx'), 'xls');
    expect(got).toEqual({ ok: false, reason: ENCRYPTED_MESSAGE });
  });
});

describe('decodeText', () => {
  it('decodes GBK CSV (Chinese Excel) and says so', () => {
    const notes: string[] = [];
    const text = decodeText(load('2021-messy-gbk.csv'), notes);
    expect(text.startsWith('2024年度政府信息公开工作年度报告统计表')).toBe(true);
    expect(notes[0]).toContain('GBK');
  });

  it('prefers UTF-8 with or without a BOM, and honours UTF-16 BOMs', () => {
    const utf8 = new TextEncoder().encode('自然人');
    expect(decodeText(utf8)).toBe('自然人');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('自然人');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xea, 0x81, 0x36, 0x71]))).toBe('自然');
  });
});

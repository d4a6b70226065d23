/** The checks made on a file's bytes before any parser runs, including the zip central-directory reader. */
import { describe, expect, it } from 'vitest';
import { DAMAGED_MESSAGE, ENCRYPTED_MESSAGE, precheck } from '@/io/import/precheck';
import { readZipDirectory } from '@/io/import/zip-directory';
import { inflateZip, storedZip } from '@/io/import/inflate-zip';
import { IMPORT_LIMITS } from '@/io/import/limits';
import { writeXlsx, xlsxEntries } from '../../../scripts/import-fixtures/mini-xlsx';
import { writeZip, type ZipInput } from '../../../scripts/import-fixtures/zip-writer';
import { encryptedOffice } from '../../../scripts/import-fixtures/hostile';

const enc = (s: string) => new TextEncoder().encode(s);
const small = () => writeXlsx([{ name: 'S', cells: [['规章', 1]] }]);
const reasonOf = (bytes: Uint8Array) => {
  const r = precheck(bytes);
  return r.ok ? `ok:${r.kind}` : r.reason;
};

describe('readZipDirectory', () => {
  it('lists entries with names, sizes and flags from the central directory', () => {
    const data = enc('x'.repeat(5000));
    const dir = readZipDirectory(
      writeZip([
        { name: 'a/文件.xml', data },
        { name: 'b.bin', data: enc('hi'), deflate: false },
      ]),
    );
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    expect(dir.entries.map((e) => [e.name, e.uncompressedSize, e.method, e.encrypted])).toEqual([
      ['a/文件.xml', 5000, 8, false],
      ['b.bin', 2, 0, false],
    ]);
    expect(dir.entries[0]?.compressedSize).toBeLessThan(100);
    expect(dir.declaredEntryCount).toBe(2);
  });

  it('reports declared sizes as declared, without inflating anything', () => {
    const dir = readZipDirectory(writeZip([{ name: 'big.xml', data: enc('<a/>'), declaredSize: 3_000_000_000 }]));
    expect(dir.ok && dir.entries[0]?.uncompressedSize).toBe(3_000_000_000);
  });

  it('finds the end record behind a zip comment', () => {
    const zip = writeZip([{ name: 'a', data: enc('a') }]);
    const withComment = new Uint8Array(zip.length + 5);
    withComment.set(zip);
    withComment.set(enc('hello'), zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, 5, true);
    expect(readZipDirectory(withComment).ok).toBe(true);
  });

  it('says a file cut short has no end record', () => {
    const zip = small();
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toEqual({ ok: false, problem: 'noEndRecord' });
  });

  it('says a directory that points outside the file is bad', () => {
    const zip = new Uint8Array(small());
    const view = new DataView(zip.buffer);
    view.setUint32(zip.length - 6, zip.length + 100, true); // central directory offset
    expect(readZipDirectory(zip).ok).toBe(false);
  });

  it('says an entry whose local header is missing is bad', () => {
    const zip = new Uint8Array(small());
    zip[0] = 0; // destroys the first local header's signature
    expect(readZipDirectory(zip)).toEqual({ ok: false, problem: 'badDirectory' });
  });
});

describe('precheck', () => {
  it('accepts a small workbook as xlsx', () => {
    expect(reasonOf(small())).toBe('ok:xlsx');
  });

  it('refuses empty and oversized files by size', () => {
    expect(reasonOf(new Uint8Array(0))).toContain('空的');
    expect(reasonOf(new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1))).toContain('文件太大');
  });

  it('refuses renamed images and documents as 不是表格文件, naming what they are', () => {
    expect(reasonOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toContain('PNG 图片');
    expect(reasonOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toContain('JPEG 图片');
    expect(reasonOf(enc('%PDF-1.7\n'))).toContain('不是表格文件：这是一个 PDF 文件');
    const docx = writeZip([{ name: 'word/document.xml', data: enc('<w/>') }]);
    expect(reasonOf(docx)).toContain('Word 文档');
    expect(reasonOf(new Uint8Array([1, 2, 0, 0, 3]))).toContain('不是表格文件');
  });

  it('takes text as CSV, including UTF-16 with a BOM', () => {
    expect(reasonOf(enc('a,b\n1,2\n'))).toBe('ok:text');
    expect(reasonOf(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]))).toBe('ok:text');
  });

  it('recognises .ods by its parts', () => {
    const ods = writeZip([
      { name: 'mimetype', data: enc('application/vnd.oasis.opendocument.spreadsheet'), deflate: false },
      { name: 'content.xml', data: enc('<office:document-content/>') },
    ]);
    expect(reasonOf(ods)).toBe('ok:ods');
  });

  it('refuses a zip whose entries declare too much data in total', () => {
    const entries = xlsxEntries(['S'], ['<worksheet/>']);
    const last = entries.at(-1) as ZipInput;
    last.declaredSize = IMPORT_LIMITS.maxUncompressedBytes + 1;
    expect(reasonOf(writeZip(entries))).toContain('解压后过大');
  });

  it('refuses an entry that inflates more than 200 times, even when the total is allowed', () => {
    const sheet = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    const reason = reasonOf(writeZip(xlsxEntries(['S'], [sheet])));
    expect(reason).toContain('压缩比超过 200 倍');
  });

  it('lets a small, well-compressed part through (tiny files compress oddly)', () => {
    const sheet = new Uint8Array(200 * 1024).fill(0x20);
    expect(reasonOf(writeZip(xlsxEntries(['S'], [sheet])))).toBe('ok:xlsx');
  });

  it('refuses more sheets than the limit, and more parts than the limit', () => {
    const names = Array.from({ length: IMPORT_LIMITS.maxSheets + 1 }, (_, i) => `S${i}`);
    expect(
      reasonOf(
        writeZip(
          xlsxEntries(
            names,
            names.map(() => '<worksheet/>'),
          ),
        ),
      ),
    ).toContain(`${IMPORT_LIMITS.maxSheets + 1} 个工作表`);
    const parts: ZipInput[] = [...xlsxEntries(['S'], ['<worksheet/>'])];
    for (let i = 0; i < IMPORT_LIMITS.maxZipEntries; i += 1)
      parts.push({ name: `xl/media/i${i}.bin`, data: enc('x'), deflate: false });
    expect(reasonOf(writeZip(parts))).toContain('部件过多');
  });

  it('refuses a zip entry flagged as encrypted', () => {
    const entries = xlsxEntries(['S'], ['<worksheet/>']);
    (entries.at(-1) as ZipInput).flagEncrypted = true;
    expect(reasonOf(writeZip(entries))).toBe(ENCRYPTED_MESSAGE);
  });

  it('refuses a truncated workbook as incomplete', () => {
    const zip = small();
    expect(reasonOf(zip.subarray(0, Math.floor(zip.length / 2)))).toBe(DAMAGED_MESSAGE);
  });

  it('refuses an Office-encrypted workbook (OLE with EncryptionInfo/EncryptedPackage) and tells how to fix it', () => {
    const reason = reasonOf(encryptedOffice());
    expect(reason).toBe(ENCRYPTED_MESSAGE);
    expect(reason).toContain('取消密码后另存');
  });

  it('accepts a plain OLE compound file as .xls', () => {
    const ole = encryptedOffice();
    // Rename both streams: the same compound file without encryption streams is an ordinary .xls container.
    for (let p = 512; p < ole.length; p += 1)
      if (ole[p] === 0x45 && ole[p + 1] === 0x00 && ole[p + 2] === 0x6e) ole[p] = 0x46;
    expect(reasonOf(ole)).toBe('ok:xls');
  });
});

describe('inflateZip', () => {
  it('inflates every part of an honest workbook once, each to its own bytes', () => {
    const got = inflateZip(small());
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const sheet = got.entries.find((e) => e.entry.name === 'xl/worksheets/sheet1.xml');
    expect(new TextDecoder().decode(sheet?.data)).toContain('<sheetData>');
    expect(got.entries.every((e) => e.data?.byteLength === e.entry.uncompressedSize)).toBe(true);
  });

  it('refuses a part that inflates past the limit although it declares a small size', () => {
    const sheet = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    const entries = xlsxEntries(['S'], [sheet]);
    (entries.at(-1) as ZipInput).declaredSize = 10_000;
    const zip = writeZip(entries);
    expect(precheck(zip).ok).toBe(true);
    const limits = { ...IMPORT_LIMITS, maxUncompressedBytes: 2 * 1024 * 1024 };
    const got = inflateZip(zip, limits);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toContain('解压后过大（超过 2 MB）');
  });

  it('reads a part that declares less than it holds, as long as the whole stays within the limits', () => {
    const text = 'x'.repeat(5000);
    const entries = xlsxEntries(['S'], [enc(text)]);
    (entries.at(-1) as ZipInput).declaredSize = 100;
    const got = inflateZip(writeZip(entries));
    expect(got.ok).toBe(true);
    if (got.ok) expect(new TextDecoder().decode(got.entries.at(-1)?.data)).toBe(text);
  });

  it('refuses a part whose measured ratio is a bomb’s', () => {
    const entries = xlsxEntries(['S'], [new Uint8Array(2 * 1024 * 1024).fill(0x20)]);
    (entries.at(-1) as ZipInput).declaredSize = 10_000;
    const got = inflateZip(writeZip(entries));
    expect(!got.ok && got.reason).toContain('压缩比超过 200 倍');
  });

  it('says a broken or cut deflate stream is a damaged file', () => {
    const zip = new Uint8Array(writeZip([{ name: 'xl/workbook.xml', data: enc('<workbook>'.repeat(50)) }]));
    zip.fill(0xff, 40, 60); // inside the compressed data
    expect(inflateZip(zip)).toEqual({ ok: false, reason: DAMAGED_MESSAGE });
    const text = enc(Array.from({ length: 4000 }, (_, i) => `<c r="A${i}">${i * 7919}</c>`).join(''));
    const whole = writeZip([{ name: 'xl/workbook.xml', data: text }]);
    const dir = readZipDirectory(whole);
    if (!dir.ok) throw new Error('no directory');
    const entry = dir.entries[0]!;
    // The same directory, but the deflate stream stops halfway (its end block is missing).
    const cut = new Uint8Array(whole);
    const half = entry.dataOffset + Math.floor(entry.compressedSize / 2);
    cut.fill(0, half, entry.dataOffset + entry.compressedSize);
    expect(inflateZip(cut)).toEqual({ ok: false, reason: DAMAGED_MESSAGE });
  });
});

describe('storedZip', () => {
  it('gives the same parts, uncompressed, as a zip any reader takes', () => {
    const original = small();
    const inflated = inflateZip(original);
    if (!inflated.ok) throw new Error(inflated.reason);
    const stored = storedZip(inflated.entries);
    expect(stored).toBeDefined();
    const dir = readZipDirectory(stored!);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    const names = inflated.entries.map((e) => e.entry.name);
    expect(dir.entries.map((e) => e.name)).toEqual(names);
    expect(dir.entries.every((e) => e.method === 0 && e.compressedSize === e.uncompressedSize)).toBe(true);
    expect(dir.entries.map((e) => e.crc32)).toEqual(inflated.entries.map((e) => e.entry.crc32));
    const again = inflateZip(stored!);
    if (!again.ok) throw new Error(again.reason);
    const text = (entries: typeof inflated.entries) => entries.map((e) => new TextDecoder().decode(e.data));
    expect(text(again.entries)).toEqual(text(inflated.entries));
  });
});

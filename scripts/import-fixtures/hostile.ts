/** Hostile and unrelated files for the import corpus: each must be refused quickly with a clear message. */
import { deflateSync } from 'node:zlib';
import { writeXlsx, xlsxEntries } from './mini-xlsx';
import { crc32, writeZip } from './zip-writer';

const enc = (s: string) => new TextEncoder().encode(s);
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A sheet XML of `mb` megabytes that deflates to about a thousandth of that: whitespace inside the sheet data.
 * `declare` replaces the true size in the headers, as a bomb built to pass a size check would.
 */
export function zipBomb(mb: number, declare?: number): Uint8Array {
  const body = new Uint8Array(mb * 1024 * 1024);
  body.fill(0x20);
  body.set(enc(SHEET_HEAD), 0);
  body.set(enc(SHEET_TAIL), body.length - SHEET_TAIL.length);
  const entries = xlsxEntries(['Sheet1'], [body]);
  const sheet = entries.at(-1);
  if (sheet && declare !== undefined) sheet.declaredSize = declare;
  return writeZip(entries);
}

/** A valid workbook with `n` empty sheets. */
export function manySheets(n: number): Uint8Array {
  const names = Array.from({ length: n }, (_, i) => `S${i + 1}`);
  return writeZip(
    xlsxEntries(
      names,
      names.map(() => `${SHEET_HEAD}${SHEET_TAIL}`),
    ),
  );
}

/** One sheet of `rows` rows, one number each, written without row numbers so it compresses very well. */
export function millionRows(rows: number): Uint8Array {
  const row = enc('<row><c><v>1</v></c></row>');
  const head = enc(SHEET_HEAD);
  const tail = enc(SHEET_TAIL);
  const body = new Uint8Array(head.length + row.length * rows + tail.length);
  body.set(head, 0);
  for (let i = 0; i < rows; i += 1) body.set(row, head.length + i * row.length);
  body.set(tail, head.length + row.length * rows);
  return writeZip(xlsxEntries(['Sheet1'], [body]));
}

/** A real 8×8 PNG image (what a clerk gets by renaming a screenshot to .xlsx). */
export function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(new Uint8Array(out.subarray(4, 8 + data.length))), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(8, 0);
  ihdr.writeUInt32BE(8, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(8 * (1 + 8 * 3), 0x7f);
  for (let r = 0; r < 8; r += 1) raw[r * 25] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** A departmental budget table: a real spreadsheet, but not an annual-report table. */
export function budget(): Uint8Array {
  return writeXlsx([
    {
      name: '收支总表',
      cells: [
        ['某某局2024年部门预算收支总表'],
        ['单位：万元'],
        ['收入项目', '预算数', '支出项目', '预算数'],
        ['一、一般公共预算拨款收入', 1520.3, '一、一般公共服务支出', 980.5],
        ['二、政府性基金预算拨款收入', 0, '二、教育支出', 320.1],
        ['三、事业收入', 45, '三、社会保障和就业支出', 264.7],
        ['收入总计', 1565.3, '支出总计', 1565.3],
      ],
    },
  ]);
}

/**
 * An OLE compound file shaped like an Office-encrypted workbook: Office wraps a password-protected .xlsx in a
 * compound file with the streams `EncryptionInfo` and `EncryptedPackage`. Built by hand (one FAT sector, one
 * directory sector, streams in regular sectors) because no tool here writes encrypted Office files.
 */
export function encryptedOffice(): Uint8Array {
  const SECTOR = 512;
  const info = new Uint8Array(SECTOR).fill(0x11);
  const pkg = new Uint8Array(SECTOR * 8).fill(0x5a);
  // Sectors: 0 FAT, 1 directory, 2 EncryptionInfo, 3–10 EncryptedPackage.
  const sectors = 11;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i += 1) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain = (from: number, to: number) => {
    for (let s = from; s < to; s += 1) fat.writeUInt32LE(s + 1, s * 4);
    fat.writeUInt32LE(0xfffffffe, to * 4);
  };
  fat.writeUInt32LE(0xfffffffd, 0); // FAT sector
  chain(1, 1);
  chain(2, 2);
  chain(3, sectors - 1);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, child = -1, right = -1) => {
    const p = i * 128;
    Buffer.from(name, 'utf16le').copy(dir, p);
    dir.writeUInt16LE((name.length + 1) * 2, p + 64);
    dir.writeUInt8(type, p + 66);
    dir.writeUInt8(1, p + 67); // black
    dir.writeInt32LE(-1, p + 68);
    dir.writeInt32LE(right, p + 72);
    dir.writeInt32LE(child, p + 76);
    dir.writeUInt32LE(start, p + 116);
    dir.writeUInt32LE(size, p + 120);
  };
  entry(0, 'Root Entry', 5, 0xfffffffe, 0, 1);
  entry(1, 'EncryptionInfo', 2, 2, info.length, -1, 2);
  entry(2, 'EncryptedPackage', 2, 3, pkg.length);
  for (const offset of [68, 72, 76]) dir.writeInt32LE(-1, 3 * 128 + offset); // unused entry
  return new Uint8Array(Buffer.concat([header, fat, dir, Buffer.from(info), Buffer.from(pkg)]));
}

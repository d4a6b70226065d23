/**
 * Reads a zip file's central directory without inflating anything, so a hostile file (zip bomb, thousands of
 * sheets, encrypted entries, a truncated download) can be refused before a parser allocates memory for it.
 * Only the structures needed for that are read: the End Of Central Directory record (and its Zip64 form) and
 * the central directory entries with their declared sizes and flags.
 */

export interface ZipEntry {
  name: string;
  /** The name as stored (re-encoding the decoded name could change a name not written as UTF-8). */
  nameBytes: Uint8Array;
  /** General-purpose flags (bit 0 encrypted, bit 3 sizes after the data, bit 11 UTF-8 name). */
  flags: number;
  /** CRC-32 of the uncompressed bytes, as the central directory states it. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  method: number;
  /** Where the entry's compressed bytes start, after its local header; -1 when the header runs past the end. */
  dataOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; declaredEntryCount: number }
  | { ok: false; problem: 'noEndRecord' | 'badDirectory' };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** Stop reading a directory that claims more entries than any limit would accept anyway. */
const ENTRY_READ_CAP = 100_000;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd < 0) return { ok: false, problem: 'noEndRecord' };
  let count = view.getUint16(eocd + 10, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const z64 = readZip64(view, eocd);
    if (!z64) return { ok: false, problem: 'badDirectory' };
    ({ count, dirOffset } = z64);
  }
  if (dirOffset >= eocd) return { ok: false, problem: 'badDirectory' };
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < Math.min(count, ENTRY_READ_CAP); i += 1) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_SIG) {
      return { ok: false, problem: 'badDirectory' };
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength + commentLength > view.byteLength) return { ok: false, problem: 'badDirectory' };
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));
    const z64 = readZip64Extra(view, extraStart, extraLength, {
      uncompressed: uncompressedSize === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localOffset === 0xffffffff,
    });
    if (z64.uncompressed !== undefined) uncompressedSize = z64.uncompressed;
    if (z64.compressed !== undefined) compressedSize = z64.compressed;
    if (z64.offset !== undefined) localOffset = z64.offset;
    // A directory entry pointing at no local header means the file was cut or patched together.
    if (localOffset + 4 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIG) {
      return { ok: false, problem: 'badDirectory' };
    }
    entries.push({
      name,
      nameBytes: bytes.subarray(nameStart, extraStart),
      flags,
      crc32: view.getUint32(p + 16, true),
      compressedSize,
      uncompressedSize,
      encrypted: (flags & 1) === 1,
      method,
      dataOffset: dataOffsetOf(view, localOffset),
    });
    p = extraStart + extraLength + commentLength;
  }
  return { ok: true, entries, declaredEntryCount: count };
}

/** The local header has its own name and extra lengths, which may differ from the central directory's. */
function dataOffsetOf(view: DataView, localOffset: number): number {
  if (localOffset + 30 > view.byteLength) return -1;
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  return start <= view.byteLength ? start : -1;
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN - MAX_COMMENT);
  for (let p = view.byteLength - EOCD_MIN; p >= lowest; p -= 1) {
    if (view.getUint32(p, true) !== EOCD_SIG) continue;
    // The comment length must reach exactly to the end of the file, or this is a stray signature.
    const commentLength = view.getUint16(p + 20, true);
    if (p + EOCD_MIN + commentLength === view.byteLength) return p;
  }
  return -1;
}

function readZip64(view: DataView, eocd: number): { count: number; dirOffset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) return undefined;
  const recordOffset = readUint64(view, locator + 8);
  if (recordOffset + 56 > view.byteLength || view.getUint32(recordOffset, true) !== ZIP64_EOCD_SIG) return undefined;
  return { count: readUint64(view, recordOffset + 32), dirOffset: readUint64(view, recordOffset + 48) };
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const end = q + size;
      if (wanted.uncompressed && q + 8 <= end) {
        out.uncompressed = readUint64(view, q);
        q += 8;
      }
      if (wanted.compressed && q + 8 <= end) {
        out.compressed = readUint64(view, q);
        q += 8;
      }
      if (wanted.offset && q + 8 <= end) out.offset = readUint64(view, q);
      return out;
    }
    p += 4 + size;
  }
  return out;
}

/** 64-bit little-endian as a Number; sizes above 2^53 are absurd here and only need to compare as huge. */
function readUint64(view: DataView, p: number): number {
  return view.getUint32(p, true) + view.getUint32(p + 4, true) * 2 ** 32;
}

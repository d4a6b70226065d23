/**
 * A zip's declared sizes can lie: an entry may declare 1 KB and inflate to gigabytes. So every entry is inflated
 * here, once, in small steps, and the file is refused as soon as the real total passes the limit: a bomb costs
 * a bounded amount of time and memory. The inflated entries are then what the readers use (SheetJS gets them
 * as a zip of stored entries, so nothing is inflated twice). fflate's inflater is synchronous and runs in every
 * supported browser, so the measured check no longer depends on `DecompressionStream`.
 */
import { Inflate, inflateSync } from 'fflate';
import { IMPORT_LIMITS, megabytes, type ImportLimits } from './limits';
import { bombMessage, DAMAGED_MESSAGE } from './precheck';
import { readZipDirectory, type ZipEntry } from './zip-directory';

const DEFLATE = 8;
const STORED = 0;
/** Compressed bytes handed to the inflater at a time: at most about 16 MB come out of one step. */
const STEP = 16 * 1024;
/** Deflate cannot expand one byte into more than about 1,032 (a run of 258 bytes per 2-bit code). */
const MAX_DEFLATE_RATIO = 1032;

export interface InflatedEntry {
  entry: ZipEntry;
  /** The uncompressed bytes; undefined for a compression method other than stored or deflate (left to SheetJS). */
  data?: Uint8Array;
}

export type InflatedZip = { ok: true; entries: InflatedEntry[] } | { ok: false; reason: string };

export function inflateZip(bytes: Uint8Array, limits: Readonly<ImportLimits> = IMPORT_LIMITS): InflatedZip {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return { ok: false, reason: DAMAGED_MESSAGE };
  let total = 0;
  const entries: InflatedEntry[] = [];
  for (const entry of dir.entries) {
    const end = entry.dataOffset + entry.compressedSize;
    if (entry.dataOffset < 0 || end > bytes.byteLength) return { ok: false, reason: DAMAGED_MESSAGE };
    const raw = bytes.subarray(entry.dataOffset, end);
    if (entry.method === STORED) {
      total += raw.byteLength;
      if (total > limits.maxUncompressedBytes) return tooLarge(limits);
      entries.push({ entry, data: raw });
    } else if (entry.method === DEFLATE) {
      const data = inflateEntry(raw, entry.uncompressedSize, limits.maxUncompressedBytes - total);
      if (data === 'damaged') return { ok: false, reason: DAMAGED_MESSAGE };
      if (data === 'overBudget') return tooLarge(limits);
      const size = data.byteLength;
      const ratioBomb = size >= limits.ratioCheckFromBytes && size > limits.maxEntryRatio * entry.compressedSize;
      if (ratioBomb) return { ok: false, reason: bombMessage(`约 ${megabytes(total + size)}`, entry.name, limits) };
      total += size;
      entries.push({ entry, data });
    } else {
      entries.push({ entry }); // rare in spreadsheets: the parser refuses what it cannot read
    }
  }
  return { ok: true, entries };
}

function tooLarge(limits: Readonly<ImportLimits>): { ok: false; reason: string } {
  return { ok: false, reason: bombMessage(`超过 ${megabytes(limits.maxUncompressedBytes)}`) };
}

/**
 * An entry that cannot pass the budget even at deflate's largest ratio is inflated in one go into a buffer of
 * its declared size and one byte more (growing buffers cost more than the inflate in Chromium). Only a stream
 * that ended inside that buffer is taken; one that filled it declared too little and goes the bounded way.
 */
function inflateEntry(raw: Uint8Array, declared: number, budget: number): Uint8Array | 'damaged' | 'overBudget' {
  if (declared < budget && raw.byteLength * MAX_DEFLATE_RATIO <= budget) {
    try {
      const data = inflateSync(raw, { out: new Uint8Array(declared + 1) });
      if (data.byteLength <= declared) return data;
    } catch {
      // damaged, or longer than declared: the bounded inflate below tells which
    }
  }
  return inflateBounded(raw, budget);
}

/** Inflates step by step, stopping as soon as the output passes `budget`. */
function inflateBounded(raw: Uint8Array, budget: number): Uint8Array | 'damaged' | 'overBudget' {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.byteLength;
    if (size > budget) over = true;
    else parts.push(chunk);
  });
  try {
    for (let p = 0; p < raw.byteLength && !over; p += STEP) {
      inflater.push(raw.subarray(p, p + STEP), p + STEP >= raw.byteLength);
    }
    if (raw.byteLength === 0) inflater.push(raw, true);
  } catch {
    return 'damaged';
  }
  if (over) return 'overBudget';
  return joined(parts, size);
}

function joined(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const all = new Uint8Array(size);
  let p = 0;
  for (const part of parts) {
    all.set(part, p);
    p += part.byteLength;
  }
  return all;
}

/**
 * The same entries as a zip that stores them uncompressed, for a parser that would otherwise inflate them a
 * second time; undefined when an entry could not be inflated here (the original bytes are parsed then).
 */
export function storedZip(entries: readonly InflatedEntry[]): Uint8Array | undefined {
  let size = 22;
  for (const { entry, data } of entries) {
    if (!data) return undefined;
    size += 30 + 46 + 2 * entry.nameBytes.byteLength + data.byteLength;
  }
  if (size > 0xffffffff || entries.length > 0xffff) return undefined;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const { entry, data } of entries) {
    offsets.push(p);
    p = header(view, out, p, 0x04034b50, entry, data!.byteLength);
    out.set(data!, p);
    p += data!.byteLength;
  }
  const directory = p;
  entries.forEach(({ entry, data }, i) => {
    p = header(view, out, p, 0x02014b50, entry, data!.byteLength, offsets[i]);
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return out;
}

/** A local header (no `localOffset`) or a central directory entry of a stored entry; returns where it ends. */
function header(
  view: DataView,
  out: Uint8Array,
  at: number,
  signature: number,
  entry: ZipEntry,
  size: number,
  localOffset?: number,
): number {
  const central = localOffset !== undefined;
  let p = at;
  view.setUint32(p, signature, true);
  p += 4;
  if (central) {
    view.setUint16(p, 20, true); // made by
    p += 2;
  }
  view.setUint16(p, 20, true); // needed to extract
  view.setUint16(p + 2, entry.flags & 0x800, true); // only the UTF-8 name flag stays meaningful
  view.setUint16(p + 4, STORED, true);
  // time and date (p + 6, p + 8) stay zero
  view.setUint32(p + 10, entry.crc32, true);
  view.setUint32(p + 14, size, true);
  view.setUint32(p + 18, size, true);
  view.setUint16(p + 22, entry.nameBytes.byteLength, true);
  p += central ? 40 : 26; // central: extra, comment, disk, attributes (zero), then the local header's offset
  if (central) view.setUint32(p - 4, localOffset, true);
  out.set(entry.nameBytes, p);
  return p + entry.nameBytes.byteLength;
}

/**
 * A zip's declared sizes can lie: an entry may declare 1 KB and inflate to gigabytes. Before SheetJS inflates
 * anything, every deflated entry is inflated here as a stream, only counting bytes, and the file is refused as
 * soon as the real total passes the limit, so a bomb costs a bounded amount of time and no memory.
 * Uses the platform's `DecompressionStream` (Chrome 103+, Firefox 113+, Safari 16.4+, Node 18+); where it is
 * missing the declared-size checks of the precheck are the only guard.
 */
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { bombMessage, DAMAGED_MESSAGE } from './precheck';
import { readZipDirectory } from './zip-directory';

const DEFLATE = 8;
const STORED = 0;

export async function checkInflatedSizes(
  bytes: Uint8Array,
  limits: Readonly<ImportLimits> = IMPORT_LIMITS,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return { ok: false, reason: DAMAGED_MESSAGE };
  let total = 0;
  for (const entry of dir.entries) {
    const end = entry.dataOffset + entry.compressedSize;
    if (entry.dataOffset < 0 || end > bytes.byteLength) return { ok: false, reason: DAMAGED_MESSAGE };
    if (entry.method === STORED) {
      total += entry.compressedSize;
    } else if (entry.method === DEFLATE) {
      if (!canInflate()) return { ok: true };
      const budget = limits.maxUncompressedBytes - total;
      const size = await inflatedSize(bytes.subarray(entry.dataOffset, end), budget);
      if (size === 'damaged') return { ok: false, reason: DAMAGED_MESSAGE };
      if (size === 'overBudget') return { ok: false, reason: bombMessage(`超过 ${mb(limits.maxUncompressedBytes)}`) };
      const ratioBomb = size >= limits.ratioCheckFromBytes && size > limits.maxEntryRatio * entry.compressedSize;
      if (ratioBomb) return { ok: false, reason: bombMessage(`约 ${mb(total + size)}`, entry.name, limits) };
      total += size;
    }
    // Other methods (rare in spreadsheets) are left to the parser, which refuses what it cannot read.
  }
  return { ok: true };
}

let inflateSupported: boolean | undefined;

/**
 * Chrome 80–102 have `DecompressionStream` but not its `deflate-raw` format: that is no support either.
 * Tested once per realm (building a stream per zip entry only to test it cost more than some entries' inflate).
 */
function canInflate(): boolean {
  inflateSupported ??= testInflate();
  return inflateSupported;
}

function testInflate(): boolean {
  if (typeof DecompressionStream === 'undefined' || typeof Blob.prototype.stream !== 'function') return false;
  try {
    // eslint-disable-next-line compat/compat -- feature-detected just above; older browsers skip this check
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function inflatedSize(data: Uint8Array, budget: number): Promise<number | 'damaged' | 'overBudget'> {
  // eslint-disable-next-line compat/compat -- only called after canInflate()
  const inflater = new DecompressionStream('deflate-raw');
  // eslint-disable-next-line compat/compat -- only called after canInflate()
  const reader = new Blob([data.slice()]).stream().pipeThrough(inflater).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > budget) {
        await reader.cancel();
        return 'overBudget';
      }
    }
  } catch {
    return 'damaged';
  }
}

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/** One zip entry's bytes inflated as UTF-8 text, stopped past `budget` bytes (the platform's DecompressionStream). */
import type { ZipEntry } from '../import/zip-directory';

const STORED = 0;
const DEFLATE = 8;

export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Promise<string | undefined> {
  const end = entry.dataOffset + entry.compressedSize;
  if (entry.dataOffset < 0 || end > bytes.byteLength) return undefined;
  const data = bytes.subarray(entry.dataOffset, end);
  if (entry.method === STORED) return new TextDecoder('utf-8').decode(data);
  if (entry.method !== DEFLATE || typeof DecompressionStream === 'undefined') return undefined;
  // eslint-disable-next-line compat/compat -- the browser floor has it; `deflate-raw` is checked by the inflate check first
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > budget) {
        await reader.cancel();
        return undefined;
      }
      parts.push(value);
    }
  } catch {
    return undefined;
  }
  const all = new Uint8Array(size);
  let p = 0;
  for (const part of parts) {
    all.set(part, p);
    p += part.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

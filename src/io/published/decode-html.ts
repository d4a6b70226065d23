/**
 * The text of a saved web page, in the encoding it declares: a byte-order mark first, then the `<meta charset>`
 * or `http-equiv` charset within the first bytes (portals still serve GB2312/GBK), then UTF-8 when the bytes are
 * valid UTF-8 and GB18030 otherwise. GB2312 and GBK are read as GB18030, their superset.
 */
const SNIFF_BYTES = 4096;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/iu;

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/u.test(declared)) {
    return new TextDecoder('gb18030').decode(bytes);
  }
  if (declared === 'big5') return new TextDecoder('big5').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

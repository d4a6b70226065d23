/**
 * Refuses a file before any parser sees it: by size, by kind (magic bytes) and, for zips, by what the central
 * directory declares. Pure: works on the bytes alone, in the worker, in the main thread and on the command line.
 */
import { IMPORT_LIMITS, megabytes, tooLargeMessage, type ImportLimits } from './limits';
import { readZipDirectory, type ZipDirectory } from './zip-directory';

export type FileKind = 'xlsx' | 'ods' | 'xls' | 'text';

export type PrecheckResult = { ok: true; kind: FileKind } | { ok: false; reason: string };

export const ENCRYPTED_MESSAGE = '文件已加密（设置了打开密码），无法读取。请在 Excel/WPS 中取消密码后另存再导入。';
export const DAMAGED_MESSAGE = '文件不完整或已损坏，无法读取。请重新获取或在 Excel/WPS 中打开后另存再导入。';
const NOT_SHEET = '不是表格文件';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** Well-known non-spreadsheet files that clerks rename or pick by mistake. */
const OTHER_KINDS: { magic: number[]; name: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { magic: [0x42, 0x4d], name: 'BMP 图片' },
  { magic: [0x25, 0x50, 0x44, 0x46], name: 'PDF 文件' },
  { magic: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { magic: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF 文档' },
];

export function precheck(bytes: Uint8Array, limits: Readonly<ImportLimits> = IMPORT_LIMITS): PrecheckResult {
  if (bytes.byteLength === 0) return refuse('文件是空的（0 字节），请确认选择了正确的文件。');
  if (bytes.byteLength > limits.maxFileBytes) return refuse(tooLargeMessage(bytes.byteLength, limits));
  if (startsWith(bytes, OLE_MAGIC)) return checkOle(bytes);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return checkZip(bytes, limits);
  const other = OTHER_KINDS.find((k) => startsWith(bytes, k.magic));
  if (other)
    return refuse(`${NOT_SHEET}：这是一个 ${other.name}。请选择 .xlsx、.xls、.et、.ods 或 .csv 格式的统计表。`);
  if (looksBinary(bytes)) {
    return refuse(`${NOT_SHEET}：无法识别的文件内容。请选择 .xlsx、.xls、.et、.ods 或 .csv 格式的统计表。`);
  }
  return { ok: true, kind: 'text' };
}

function checkZip(bytes: Uint8Array, limits: Readonly<ImportLimits>): PrecheckResult {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return refuse(DAMAGED_MESSAGE);
  const { entries } = dir;
  // Sheets first: the clearer message when a workbook has thousands of them (and so thousands of parts).
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.(xml|bin)$/i.test(e.name)).length;
  if (sheets > limits.maxSheets) {
    return refuse(`文件包含 ${sheets} 个工作表，超过上限 ${limits.maxSheets} 个，不像年报统计表，已拒绝读取。`);
  }
  const names = new Set(entries.map((e) => e.name));
  const kind = zipKind(names);
  const problem = zipEntriesProblem(dir, limits, () => {
    const what = names.has('word/document.xml')
      ? '这是 Word 文档'
      : names.has('ppt/presentation.xml')
        ? '这是演示文稿'
        : '这是一个压缩包';
    return kind ? undefined : `${NOT_SHEET}：${what}。请选择 .xlsx、.xls、.et、.ods 或 .csv 格式的统计表。`;
  });
  if (problem) return refuse(problem);
  return kind ? { ok: true, kind } : refuse(DAMAGED_MESSAGE);
}

/**
 * The central-directory checks every zip passes before anything inflates it, a workbook or a Word document:
 * entry count, encryption, emptiness, then (once `wrongKind` has had its say) declared sizes and ratios.
 */
export function zipEntriesProblem(
  dir: Extract<ZipDirectory, { ok: true }>,
  limits: Readonly<ImportLimits>,
  wrongKind: () => string | undefined,
): string | undefined {
  const { entries } = dir;
  if (dir.declaredEntryCount > limits.maxZipEntries) {
    return `文件包含的部件过多（${dir.declaredEntryCount} 个，上限 ${limits.maxZipEntries} 个），不像年报统计表，已拒绝读取。`;
  }
  if (entries.some((e) => e.encrypted)) return ENCRYPTED_MESSAGE;
  // An empty archive holds no workbook at all: treat it as a damaged file rather than a wrong kind.
  if (entries.length === 0) return DAMAGED_MESSAGE;
  const wrong = wrongKind();
  if (wrong) return wrong;
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const bomb = entries.find(
    (e) =>
      e.uncompressedSize >= limits.ratioCheckFromBytes &&
      e.uncompressedSize > limits.maxEntryRatio * Math.max(e.compressedSize, 1),
  );
  if (total > limits.maxUncompressedBytes || bomb) return bombMessage(`声明约 ${megabytes(total)}`, bomb?.name, limits);
  return undefined;
}

/** The one message for a file that inflates too far, whether its sizes were declared or measured. */
export function bombMessage(size: string, entry?: string, limits: Readonly<ImportLimits> = IMPORT_LIMITS): string {
  const ratio = entry ? `，其中“${entry}”压缩比超过 ${limits.maxEntryRatio} 倍` : '';
  return (
    `文件解压后过大（${size}${ratio}），可能是恶意构造的文件，已拒绝读取。` +
    '请确认文件来源，或在 Excel/WPS 中打开后另存再导入。'
  );
}

function zipKind(names: ReadonlySet<string>): FileKind | undefined {
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
  if (names.has('content.xml') && (names.has('mimetype') || names.has('META-INF/manifest.xml'))) return 'ods';
  return undefined;
}

/**
 * An OLE compound file is an .xls/.et, or an encrypted .xlsx wrapped by Office (streams `EncryptionInfo` and
 * `EncryptedPackage`). Directory entries are 128-byte records holding UTF-16LE names, always 128-byte aligned.
 */
function checkOle(bytes: Uint8Array): PrecheckResult {
  if (bytes.byteLength < 512) return refuse(DAMAGED_MESSAGE);
  for (const name of ['EncryptionInfo', 'EncryptedPackage']) {
    if (hasDirectoryName(bytes, name)) return refuse(ENCRYPTED_MESSAGE);
  }
  return { ok: true, kind: 'xls' };
}

/** True when an OLE compound file (.xls, .doc) has a directory entry of this name (`WordDocument` for .doc). */
export function hasDirectoryName(bytes: Uint8Array, name: string): boolean {
  const pattern = utf16le(name);
  const nameLengthField = (name.length + 1) * 2;
  for (let p = 512; p + 128 <= bytes.byteLength; p += 128) {
    if (bytes[p + 64] !== (nameLengthField & 0xff) || bytes[p + 65] !== nameLengthField >> 8) continue;
    let same = true;
    for (let i = 0; i < pattern.length && same; i += 1) same = bytes[p + i] === pattern[i];
    if (same) return true;
  }
  return false;
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    out.push(code & 0xff, code >> 8);
  }
  return out;
}

/** Text files (CSV, HTML tables) have no NUL bytes unless they are UTF-16, which starts with a BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const end = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function refuse(reason: string): PrecheckResult {
  return { ok: false, reason };
}

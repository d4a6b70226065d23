/** Saving files, without any server: a Blob link, clicked. Shared by every page that saves. */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveBytes(fileName: string, bytes: Uint8Array, type: string = XLSX_TYPE): void {
  // A copy into a plain ArrayBuffer: Blob parts typed as Uint8Array<ArrayBufferLike> are not accepted everywhere.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  saveBlob(fileName, new Blob([copy.buffer], { type }));
}

/** Text files get a byte-order mark so Windows Notepad of any age reads the Chinese as UTF-8. */
export function saveText(fileName: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const body = text.startsWith('\uFEFF') ? text : `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;
  saveBlob(fileName, new Blob([body], { type }));
}

/** JSON is saved as it is: a byte-order mark would make `JSON.parse` refuse the file when it is read back. */
export function saveJson(fileName: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: 'application/json;charset=utf-8' }));
}

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

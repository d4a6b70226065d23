/**
 * Writing to the clipboard on every target browser. The asynchronous Clipboard API is tried first; where it is
 * missing or refused (no `ClipboardItem` before Firefox 127, an insecure context, a denied permission), a
 * `copy` event is raised inside the click and filled with the same data, which works everywhere.
 */

const REFUSED = '浏览器不允许写入剪贴板。请选中要复制的内容后按 Ctrl+C 复制。';

export async function copyPlainText(text: string): Promise<void> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the copy event
  }
  copyWithEvent({ 'text/plain': text });
}

/** Rich text for Word/WPS/Excel (`text/html`) with a plain alternative (`text/plain`). */
export async function copyHtml(html: string, plain: string): Promise<void> {
  const page = `<html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  try {
    // Guarded: browsers without ClipboardItem (Firefox before 127) take the copy-event path below.
    if (typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function') {
      const item = new ClipboardItem({
        'text/html': new Blob([page], { type: 'text/html' }),
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return;
    }
  } catch {
    // fall through to the copy event
  }
  copyWithEvent({ 'text/html': page, 'text/plain': plain });
}

function copyWithEvent(data: Readonly<Record<string, string>>): void {
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    for (const [type, value] of Object.entries(data)) event.clipboardData.setData(type, value);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    // The only way to write rich text where the asynchronous API is missing; still supported by every browser.
    if (!document.execCommand('copy')) throw new Error(REFUSED);
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

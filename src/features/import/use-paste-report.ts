/**
 * Ctrl+V of a copied web page on the import page: its `text/html` (which carries the tables) goes to the import
 * as a file named 粘贴的年报.html, read by the same worker and reader as a saved page. A paste into a field
 * of the page (the year, a unit's name) is left alone.
 */
import { useEffect } from 'react';

export const PASTED_NAME = '粘贴的年报.html';

export function usePasteReport(onFile: (file: { file: Blob; name: string }) => void): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const html = event.clipboardData?.getData('text/html') ?? '';
      if (html.trim() === '') return;
      event.preventDefault();
      onFile({ file: new Blob([html], { type: 'text/html' }), name: PASTED_NAME });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onFile]);
}

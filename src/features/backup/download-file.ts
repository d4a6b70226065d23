/** Saves text as a file through the browser's download (a Blob and an `<a download>`), offline and without a server. */
export function downloadTextFile(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start reading the Blob only after click() returns: revoke a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

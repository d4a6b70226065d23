/**
 * The import baselines' worker: SheetJS `read` of one file's bytes and every number cell taken out as plain
 * values, nothing else (no precheck, no inflate check, no label search, no value rules).
 */
import * as XLSX from 'xlsx';

interface Scope {
  onmessage: ((event: MessageEvent<{ id: number; bytes: ArrayBuffer }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;

scope.onmessage = (event) => {
  const { id, bytes } = event.data;
  const book = XLSX.read(new Uint8Array(bytes), { type: 'array', dense: true });
  const values: Record<string, number> = {};
  for (const name of book.SheetNames) {
    const rows = (book.Sheets[name] as XLSX.DenseWorkSheet | undefined)?.['!data'] ?? [];
    rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.t === 'n' && typeof cell.v === 'number') values[`${name}!${r}:${c}`] = cell.v;
      }),
    );
  }
  scope.postMessage({ type: 'result', id, values });
};

scope.postMessage({ type: 'ready' });

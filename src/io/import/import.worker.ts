/**
 * Parses one untrusted file off the main thread: a polluted prototype or a runaway parse stays in this realm,
 * and the client can terminate it. Thin glue only; the work is `importFile`.
 */
import { importFile } from './import-file';
import { toTransfer } from './transfer';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** The little of the worker global used here (the WebWorker lib would leak into every file's types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

/** PDF.js's character maps and fonts, emitted beside `assets/` (where this worker's bundle is) and precached. */
const pdf = {
  cMapUrl: new URL('../pdfjs/cmaps/', self.location.href).href,
  standardFontDataUrl: new URL('../pdfjs/standard_fonts/', self.location.href).href,
};

scope.onmessage = (event) => {
  const { id, bytes, fileName } = event.data;
  void importFile(new Uint8Array(bytes), fileName, { pdf }).then((result) =>
    scope.postMessage({ type: 'result', id, result: toTransfer(result) }),
  );
};

scope.postMessage({ type: 'ready' });

/** Reads and checks a backup file off the page's thread (see `backup-client.ts`). */
import { parseBackup } from '@/domain/backup/parse-backup';
import { ROWS_PER_SLICE, type BackupProgress, type BackupRequest, type BackupResponse } from './backup-protocol';

const post = (message: BackupResponse) => self.postMessage(message);
const progress = (p: BackupProgress) => post({ type: 'progress', progress: p });

/** The file's text, read as a stream so the page can show how far it got. */
async function readText(file: Blob): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let done = 0;
  let shown = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (done - shown > file.size / 50) {
      shown = done;
      progress({ phase: 'reading', done, total: file.size });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

self.onmessage = async (event: MessageEvent<BackupRequest>) => {
  const text = await readText(event.data.file);
  progress({ phase: 'checking' });
  const result = parseBackup(text);
  if (!result.ok) {
    post({ type: 'result', result, sliced: [], rows: 0 });
    return;
  }
  const backup = result.backup as unknown as Record<string, unknown>;
  const lists = Object.keys(backup).filter((key) => Array.isArray(backup[key]));
  const rows = lists.reduce((n, key) => n + (backup[key] as unknown[]).length, 0);
  progress({ phase: 'receiving', done: 0, total: rows });
  for (const key of lists) {
    const list = backup[key] as unknown[];
    for (let at = 0; at < list.length; at += ROWS_PER_SLICE) {
      const rows = list.slice(at, at + ROWS_PER_SLICE);
      post({ type: 'rows', key, json: JSON.stringify(rows), count: rows.length });
    }
    backup[key] = [];
  }
  post({ type: 'result', result, sliced: lists, rows });
};

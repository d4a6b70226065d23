/**
 * One of the command line's reading threads: reads each unit file it is sent (bytes from disk, then the same
 * `readUnitFile` as in-process) and answers with plain data; the format travels as its id.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { readUnitFile } from '@/io/office/read-unit-file';
import { toPlainUnitFile, type ReadRequest, type ReadReply } from './read-unit-files';

parentPort?.on('message', (request: ReadRequest) => {
  void (async (): Promise<ReadReply> => {
    try {
      const bytes = new Uint8Array(await readFile(request.path));
      return { index: request.index, result: toPlainUnitFile(await readUnitFile(bytes, basename(request.path))) };
    } catch (error) {
      const missing =
        (error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'EACCES';
      const reason = missing ? '文件不存在或没有读取权限。' : `读取时出现意外错误：${String(error).slice(0, 160)}`;
      return { index: request.index, result: { ok: false, reason } };
    }
  })().then((reply) => parentPort?.postMessage(reply));
});

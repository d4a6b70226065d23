/**
 * The worker client's own logic: time limit, a worker that cannot start (falls back to in-process), a worker
 * that dies on a file (no retry on the main thread), and the message protocol. Node has no Web Worker, so a
 * stand-in `Worker` class plays the browser's part; the import itself is always our real code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '@/io/import/import-file';
import { toTransfer } from '@/io/import/transfer';
import type { WorkerRequest, WorkerResponse } from '@/io/import/worker-protocol';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const tidy = () => new Blob([readFileSync(`${DIR}2021-tidy-one-sheet.xlsx`)]);

type Behaviour = 'silent' | 'cannotStart' | 'crashOnFile' | 'works';
let terminated = 0;
let started = 0;

function installWorker(behaviour: Behaviour): void {
  class StandInWorker {
    onmessage: ((e: { data: WorkerResponse }) => void) | null = null;
    onerror: ((e: { preventDefault: () => void }) => void) | null = null;
    constructor() {
      started += 1;
      queueMicrotask(() => {
        if (behaviour === 'cannotStart') this.onerror?.({ preventDefault: () => {} });
        else if (behaviour !== 'silent') this.onmessage?.({ data: { type: 'ready' } });
      });
    }
    postMessage(request: WorkerRequest): void {
      if (behaviour === 'crashOnFile') {
        queueMicrotask(() => this.onerror?.({ preventDefault: () => {} }));
        return;
      }
      void importFile(new Uint8Array(request.bytes), request.fileName).then((result) =>
        this.onmessage?.({ data: { type: 'result', id: request.id, result: toTransfer(result) } }),
      );
    }
    terminate(): void {
      terminated += 1;
    }
  }
  vi.stubGlobal('Worker', StandInWorker);
}

async function freshClient() {
  vi.resetModules();
  return import('@/io/import/import-client');
}

afterEach(() => {
  vi.unstubAllGlobals();
  terminated = 0;
  started = 0;
});

describe('importInBackground', () => {
  it('imports in-process where there is no Worker at all', async () => {
    const { importInBackground } = await freshClient();
    const got = await importInBackground(tidy(), '2021-tidy-one-sheet.xlsx');
    expect(got.ok && got.format.id).toBe('national-2021');
  });

  it('answers through the worker protocol, with the format restored from its id', async () => {
    installWorker('works');
    const { importInBackground } = await freshClient();
    const got = await importInBackground(tidy(), '2021-tidy-one-sheet.xlsx');
    if (!got.ok) throw new Error(got.reason);
    expect(got.format.fields.length).toBeGreaterThan(100);
    expect(got.unitName?.value).toBe('某某市交通运输局');
    expect(terminated).toBe(1);
  });

  it('stops a worker that does not answer in time and says so', async () => {
    installWorker('silent');
    const { importInBackground, TIMEOUT_MESSAGE } = await freshClient();
    const got = await importInBackground(tidy(), 'x.xlsx', { timeoutMs: 10 });
    expect(got).toEqual({ ok: false, reason: TIMEOUT_MESSAGE });
    expect(terminated).toBe(1);
  });

  it('falls back to in-process parsing when the worker cannot start', async () => {
    installWorker('cannotStart');
    const { importInBackground } = await freshClient();
    const got = await importInBackground(tidy(), '2021-tidy-one-sheet.xlsx');
    expect(got.ok).toBe(true);
  });

  it('does not retry on the main thread a file that killed the worker', async () => {
    installWorker('crashOnFile');
    const { importInBackground } = await freshClient();
    const got = await importInBackground(tidy(), 'x.xlsx');
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toContain('意外停止');
  });

  it('hands a worker that read a file cleanly on to a queued file, and stops every worker at the end', async () => {
    installWorker('works');
    const { importInBackground } = await freshClient();
    const got = await Promise.all([1, 2, 3, 4, 5].map((i) => importInBackground(tidy(), `${i}.xlsx`)));
    expect(got.every((r) => r.ok)).toBe(true);
    expect(started).toBe(2);
    expect(terminated).toBe(2);
  });

  it('never reuses a worker after a refused file', async () => {
    installWorker('works');
    const { importInBackground } = await freshClient();
    const bad = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])]);
    const got = await Promise.all([bad, bad, bad].map((b, i) => importInBackground(b, `${i}.xlsx`)));
    expect(got.every((r) => !r.ok)).toBe(true);
    expect(started).toBe(3);
    expect(terminated).toBe(3);
  });

  it('refuses an oversized file by its size without reading it', async () => {
    const { importInBackground } = await freshClient();
    const huge = { size: 50 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not read')) } as Blob;
    const got = await importInBackground(huge, 'big.xlsx');
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toContain('文件太大');
  });
});

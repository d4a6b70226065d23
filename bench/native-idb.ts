/**
 * The benches' measure of what IndexedDB itself costs: requests issued on the browser's own IndexedDB API in one
 * strict transaction of a Dexie database's connection, with nothing of Dexie's request layer around them (no
 * promise per request, no change tracking for live queries). Context beside the Dexie floors, never a figure.
 */
import type { Dexie } from 'dexie';

/** Runs `issue` on a native read-write transaction over `stores` and resolves when it has committed. */
export function nativeWrite(db: Dexie, stores: readonly string[], issue: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction([...stores], 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    issue(tx);
  });
}

/**
 * Writes issued right behind a transaction's checking reads, not after their answers: IndexedDB runs one
 * transaction's requests in order, so the reads still see the store as it was before the writes. When `check`
 * throws, the transaction's scope rejects, Dexie aborts it and none of the writes stays. This saves the writes
 * a round trip of reads; use it only where the writes need nothing the reads return.
 */
export async function writeBesideCheck<R, W>(
  /** The reads, already issued (in the same transaction, before `write` is called). */
  reads: Promise<R>,
  check: (read: R) => void,
  write: () => Promise<W>,
): Promise<W> {
  const written = write();
  written.catch(() => undefined); // its failure, or the abort after a failed check, is reported below, not here
  check(await reads);
  return written;
}

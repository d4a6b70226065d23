/**
 * Typing never outruns saving: while one write is running, the edits that arrive are gathered and sent
 * together as the next write (one transaction), instead of queueing one transaction each. Every caller still
 * learns its own outcome: when a gathered write is refused (a conflict with another window, a full disk), its
 * edits are tried again one by one, so one refused cell does not take the others with it.
 */
import type { CellChange, CommitFn } from './commit-batch';

interface Waiting {
  changes: readonly CellChange[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function coalesceCommits(commit: CommitFn): CommitFn {
  let running = false;
  let waiting: Waiting[] = [];

  const run = async (batch: readonly Waiting[]) => {
    running = true;
    try {
      await commit(batch.flatMap((w) => w.changes));
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else {
        for (const w of batch) {
          try {
            await commit(w.changes);
            w.resolve();
          } catch (single) {
            w.reject(single);
          }
        }
      }
    } finally {
      running = false;
      const next = waiting;
      waiting = [];
      if (next.length > 0) void run(next);
    }
  };

  return (changes) =>
    new Promise<void>((resolve, reject) => {
      const entry = { changes, resolve, reject };
      if (running) waiting.push(entry);
      else void run([entry]);
    });
}

/**
 * A setting form's save against the version it was read at: busy while writing, the other window's newer
 * version kept as a `Stale` (shown by `StaleNotice` with 用对方的版本 / 保留我的版本), other errors as a notice.
 * The deadlines and the statistics-table format share it.
 */
import { useState } from 'react';
import { showNotice } from '@/state/notice-store';
import { StaleNotice, staleOf, type Stale } from './stale-notice';

export function useVersionedSave(failure: string) {
  const [stale, setStale] = useState<Stale | undefined>();
  const [busy, setBusy] = useState(false);

  /** Runs the write; on success calls `saved` and says `done`. */
  const run = async (write: () => Promise<void>, done: string, saved: () => void) => {
    setBusy(true);
    try {
      await write();
      saved();
      setStale(undefined);
      showNotice({ tone: 'info', title: done });
    } catch (error) {
      const refused = staleOf(error);
      if (refused) setStale(refused);
      else showNotice({ tone: 'error', title: error instanceof Error ? error.message : failure });
    } finally {
      setBusy(false);
    }
  };

  /** The refusal with its two ways on: drop this window's choice, or save it over the other's version. */
  const notice = (dropMine: () => void, keepMine: (theirsRev: number) => void) =>
    stale && (
      <StaleNotice
        stale={stale}
        busy={busy}
        onTakeTheirs={() => {
          dropMine();
          setStale(undefined);
        }}
        onKeepMine={() => keepMine(stale.theirsRev)}
      />
    );

  return { busy, run, notice };
}

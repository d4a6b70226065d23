/**
 * What a window shows when its save was refused because another window saved a newer version first: the
 * refusal (naming the other window), and the two ways on. The clerk's text stays where it was typed.
 */
import { revOf } from '@/storage/edit-stamp';
import { StaleWriteError } from '@/storage/errors';
import './stale-notice.css';

/** A refused stale write: its message and the version the other window stored (to overwrite knowingly). */
export interface Stale {
  message: string;
  theirsRev: number;
}

/** The refusal as a `Stale`, or undefined for any other error. */
export function staleOf(error: unknown): Stale | undefined {
  return error instanceof StaleWriteError ? { message: error.message, theirsRev: revOf(error.theirs) } : undefined;
}

interface Props {
  stale: Stale;
  busy?: boolean;
  /** Drops what this window typed and shows the other window's version. */
  onTakeTheirs: () => void;
  /** Saves this window's version over the other's (the other is kept in the history). */
  onKeepMine: () => void;
}

export function StaleNotice({ stale, busy = false, onTakeTheirs, onKeepMine }: Props) {
  return (
    <div className="stale-notice" role="alert">
      <p>{stale.message}</p>
      <div className="stale-actions">
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          用对方的版本
        </button>
        <button type="button" onClick={onKeepMine} disabled={busy}>
          保留我的版本
        </button>
      </div>
    </div>
  );
}

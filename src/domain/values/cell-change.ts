import type { FieldKey } from '../format/types';

/** One cell to write, as every editor hands it to storage. */
export interface CellChange {
  field: FieldKey;
  /** The new value; null clears the cell (blank, distinct from 0). */
  value: number | null;
  /** The value the editor showed before this edit; a different stored value means another tab wrote it. */
  expected: number | null;
}

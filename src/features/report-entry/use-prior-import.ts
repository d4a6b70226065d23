/**
 * The work behind 从已发布的上年年报导入: last year's report file read by the import's own reader (in its worker,
 * with its limits), the unit's stored report of the year before read for comparison, and on confirmation the
 * file stored as that report through the import's one commit. Nothing is stored before `confirm`.
 */
import { useCallback, useRef, useState } from 'react';
import { importInBackground } from '@/io/import/import-client';
import type { XxgkDb } from '@/storage/db';
import { commitImport, type ImportCommitted } from '@/storage/import/commit-import';
import { readImportTarget } from '@/storage/import/import-target';
import type { ParsedFile } from '@/state/import-queue-store';
import type { ReportRow } from '@/storage/db';

export type PriorImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; reason: string }
  | {
      kind: 'read';
      fileName: string;
      parsed: ParsedFile;
      /** The unit's stored report of the year before, when there is one. */
      stored?: ReportRow;
    };

export interface PriorStore {
  who: string;
  reopenCompleted: boolean;
}

export function usePriorImport(db: XxgkDb, unitId: string, priorYear: number) {
  const [state, setState] = useState<PriorImportState>({ kind: 'idle' });
  // A second file chosen while the first is read wins; the first one's result is dropped.
  const latest = useRef(0);

  const read = useCallback(
    async (file: Blob, fileName: string) => {
      const seq = (latest.current += 1);
      setState({ kind: 'reading', fileName });
      const result = await importInBackground(file, fileName);
      const target = result.ok ? await readImportTarget(db, unitId, priorYear) : {};
      if (seq !== latest.current) return;
      if (!result.ok) setState({ kind: 'refused', fileName, reason: result.reason });
      else setState({ kind: 'read', fileName, parsed: result, ...(target.report ? { stored: target.report } : {}) });
    },
    [db, unitId, priorYear],
  );

  /** Stores the file as the year-before report, refused if that report changed since it was shown. */
  const store = useCallback(
    async (options: PriorStore): Promise<ImportCommitted> => {
      if (state.kind !== 'read') throw new Error('尚未读取上年年报。');
      const { parsed, stored, fileName } = state;
      return commitImport(db, {
        unit: { kind: 'existing', unitId },
        year: priorYear,
        formatId: parsed.format.id,
        values: parsed.values,
        stated: parsed.stated,
        fileName,
        who: options.who,
        expectedRev: stored ? stored.rev : null,
        ...(options.reopenCompleted ? { reopenCompleted: true } : {}),
      });
    },
    [db, unitId, priorYear, state],
  );

  const reset = useCallback(() => {
    latest.current += 1;
    setState({ kind: 'idle' });
  }, []);

  return { state, read, store, reset };
}

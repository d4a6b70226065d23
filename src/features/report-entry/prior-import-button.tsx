/**
 * The report page's 从已发布的上年年报导入 button. The panel behind it (the import's reader, preview and commit) is
 * loaded on the first click, so none of it weighs on the report page's first load.
 */
import { lazy, Suspense, useState } from 'react';
import type { FormatDef, Values } from '@/domain/format/types';
import type { XxgkDb } from '@/storage/db';

export interface PriorImportProps {
  db: XxgkDb;
  unit: { id: string; name: string; aliases: readonly string[] };
  year: number;
  format: FormatDef;
  values: Values;
  readOnly: boolean;
  who: string;
  onCarryOver: (changes: { field: string; value: number | null }[]) => void;
}

const PriorImportPanel = lazy(() => import('./prior-import-panel'));

export function PriorImportButton(p: PriorImportProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="re-prior-import-bar">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        从已发布的上年年报导入
      </button>
      {open && (
        <Suspense fallback={<p role="status">正在载入…</p>}>
          <PriorImportPanel {...p} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

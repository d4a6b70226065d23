/**
 * Opens the workspace's database once per page and prepares it: seeds the demo workspace on first entry,
 * refreshes stored summaries when a release changed the rules, asks for persistent storage (real data only),
 * and listens for a schema upgrade in another tab.
 */
import { useEffect, useState } from 'react';
import { openUnlessNewer, openWorkspaceDb, onUpgradeElsewhere, type Workspace, type XxgkDb } from '@/storage/db';
import { NewerVersionError } from '@/storage/errors';
import { requestPersistence, type PersistenceResult } from '@/storage/persistence';
import { countUnits } from '@/storage/live-queries';
import { refreshSummariesIfRulesChanged } from '@/storage/summary-refresh';

export interface WorkspaceState {
  db: XxgkDb;
  ready: boolean;
  /** A Chinese sentence when opening failed. */
  error?: string;
  persistence?: PersistenceResult;
  upgradedElsewhere: boolean;
  /** The data were saved by a newer release of the tool: nothing is read or written until the page is reloaded. */
  savedByNewerVersion?: boolean;
}

export function useWorkspaceDb(workspace: Workspace): WorkspaceState {
  const db = openWorkspaceDb(workspace);
  const [state, setState] = useState<Omit<WorkspaceState, 'db'>>({ ready: false, upgradedElsewhere: false });

  useEffect(() => {
    let live = true;
    const prepare = async () => {
      // Opened first and on its own, so a database from a newer release is told apart before any page reads.
      await openUnlessNewer(db);
      // The demo's figures are only needed in the demo workspace: loaded on demand, not with every page.
      if (workspace === 'demo' && (await countUnits(db)) === 0) {
        await (await import('@/storage/demo-seed')).seedDemoIfEmpty(db);
      }
      if (live) setState((s) => ({ ...s, ready: true }));
      // Pages draw meanwhile: lists show the refreshed summaries through their live queries when this commits.
      await refreshSummariesIfRulesChanged(db);
      const persistence = workspace === 'main' ? await requestPersistence() : undefined;
      if (live && persistence) setState((s) => ({ ...s, persistence }));
    };
    prepare().catch((raw: unknown) => {
      if (raw instanceof NewerVersionError) {
        if (live) setState((s) => ({ ...s, ready: true, savedByNewerVersion: true }));
        return;
      }
      const message = raw instanceof Error ? raw.message : String(raw);
      if (live) setState((s) => ({ ...s, ready: true, error: `无法打开浏览器中的数据：${message}` }));
    });
    const unsubscribe = onUpgradeElsewhere(db, () => setState((s) => ({ ...s, upgradedElsewhere: true })));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [db, workspace]);

  return { db, ...state };
}

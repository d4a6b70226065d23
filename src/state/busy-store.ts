/**
 * Work that a page reload would cut off (an import in progress, a value being saved). The update banner reads it
 * so that a new version never reloads the page under unsaved work.
 */
import { create } from 'zustand';
import { usePendingStore } from './pending-store';

interface BusyState {
  /** Key → what is going on, in Chinese (e.g. `正在导入文件`). */
  reasons: Readonly<Record<string, string>>;
  mark: (key: string, reason: string | null) => void;
}

export const useBusyStore = create<BusyState>((set) => ({
  reasons: {},
  mark: (key, reason) =>
    set((s) => {
      if ((s.reasons[key] ?? null) === reason) return s;
      const reasons = { ...s.reasons };
      if (reason === null) delete reasons[key];
      else reasons[key] = reason;
      return { reasons };
    }),
}));

/** Every reason not to reload now: the marked work, and any cell still being saved. */
export function useReloadBlockers(): string[] {
  const reasons = useBusyStore((s) => s.reasons);
  const saving = usePendingStore((s) =>
    Object.values(s.byScope).some((m) => Object.values(m).some((p) => p.status === 'saving')),
  );
  return [...Object.values(reasons), ...(saving ? ['正在保存修改'] : [])];
}

/**
 * Messages shown to the clerk above the tables: refused paste values, failed saves, conflicts with another
 * window. Each stays until dismissed (a message that vanishes by itself is easily missed).
 */
import { create } from 'zustand';

export type NoticeTone = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  title: string;
  /** One line per cell or reason. */
  lines?: readonly string[];
  /** Shown beside this part of the page (a table's key) instead of above the tables, so it is seen where it happened. */
  place?: string;
}

interface NoticeState {
  notices: readonly Notice[];
  show: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

let nextId = 1;
/** Old messages are dropped beyond this, newest kept. */
const MAX_NOTICES = 5;

export const useNoticeStore = create<NoticeState>((set) => ({
  notices: [],
  show: (notice) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices, { ...notice, id }].slice(-MAX_NOTICES) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}));

/** Callable from grid callbacks, outside React. */
export const showNotice = (notice: Omit<Notice, 'id'>) => useNoticeStore.getState().show(notice);

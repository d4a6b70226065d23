/**
 * One “leave this page?” for the whole app. Any part holding work not yet stored (a text being typed, a note,
 * cell writes in flight, a restore or an import running) holds a reason while it does; the browser asks before
 * the page is closed or reloaded while any reason is held, and stops asking once every holder has let go.
 * The reasons are the busy store's, so the update banner also waits for them.
 *
 *   const release = holdUnsavedWork('正文未保存');  …  release();
 *   useUnsavedWork(dirty, '正文未保存');            // the same, for a component
 */
import { useEffect } from 'react';
import { useBusyStore } from './busy-store';

let nextKey = 0;
let listening = false;

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsavedWork().length === 0) return;
  event.preventDefault();
  // Chrome/Edge 109 still need returnValue set to show the dialog.
  event.returnValue = '';
}

/** Holds one reason until the returned function is called (calling it twice is harmless). */
export function holdUnsavedWork(reason: string): () => void {
  const key = `unsaved-${(nextKey += 1)}`;
  if (!listening && typeof window !== 'undefined') {
    // Installed once: the handler itself asks only while a reason is held.
    window.addEventListener('beforeunload', onBeforeUnload);
    listening = true;
  }
  useBusyStore.getState().mark(key, reason);
  return () => useBusyStore.getState().mark(key, null);
}

/** The reasons held now (what would make the browser ask). */
export function unsavedWork(): string[] {
  return Object.values(useBusyStore.getState().reasons);
}

/** Holds `reason` while `active` is true and the component is mounted. */
export function useUnsavedWork(active: boolean, reason: string): void {
  useEffect(() => (active ? holdUnsavedWork(reason) : undefined), [active, reason]);
}

/**
 * Ctrl+S, the key every clerk presses by habit: never the browser's "save page" dialog. Each value is stored
 * when its cell is confirmed, so the answer is that saving is automatic, and whether a save is still running.
 */
import { useEffect } from 'react';
import { showNotice } from '@/state/notice-store';
import { usePendingStore } from '@/state/pending-store';

/** Whether a value of `scope` (every scope without one) is still being written. */
function stillSaving(scope?: string): boolean {
  const byScope = usePendingStore.getState().byScope;
  const maps = scope === undefined ? Object.values(byScope) : [byScope[scope] ?? {}];
  return maps.some((m) => Object.values(m).some((p) => p.status === 'saving'));
}

export function announceAutomaticSaving(scope: string, place?: string): void {
  const saving = stillSaving(scope);
  showNotice({
    tone: 'info',
    title: saving
      ? '正在保存刚填写的数值，完成后格子不再显示“保存中”。本工具每填一格即自动保存，无需按 Ctrl+S。'
      : '已全部保存。本工具每填一格即自动保存到本机浏览器，无需按 Ctrl+S。',
    ...(place ? { place } : {}),
  });
}

/** Ctrl+S anywhere on the page outside the grids (which answer it themselves, beside the table). */
export function useSaveKey(scope: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      announceAutomaticSaving(scope);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope]);
}

/** While a value is still being written, leaving or reloading the page asks first (the browser's own prompt). */
export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!stillSaving()) return;
      e.preventDefault();
      // Chromium 109 still needs returnValue set for the prompt to show.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

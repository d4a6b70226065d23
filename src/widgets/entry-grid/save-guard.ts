/**
 * Ctrl+S, the key every clerk presses by habit: never the browser's "save page" dialog. Each value is stored
 * when its cell is confirmed, so the answer is that saving is automatic, and whether a save is still running.
 */
import { useEffect } from 'react';
import { showNotice } from '@/state/notice-store';
import { usePendingStore } from '@/state/pending-store';
import { useUnsavedWork } from '@/state/unsaved-work';

type ByScope = ReturnType<typeof usePendingStore.getState>['byScope'];

/** Whether a value of `scope` (every scope without one) is still being written. */
function stillSaving(scope?: string, byScope: ByScope = usePendingStore.getState().byScope): boolean {
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

/**
 * While a value is still being written, leaving or reloading the page asks first: held in the app's one
 * unsaved-work list, beside texts being typed and restores running.
 */
export function useUnloadGuard(): void {
  const saving = usePendingStore((s) => stillSaving(undefined, s.byScope));
  useUnsavedWork(saving, '正在保存刚填写的数值');
}

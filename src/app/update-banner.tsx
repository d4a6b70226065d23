import { useReloadBlockers } from '@/state/busy-store';
import { usePwaStore } from './pwa';

/**
 * Offers a waiting new version; the page reloads only when the user asks for it, and not while an import runs or
 * a value is being saved (the button waits, saying why).
 */
export function UpdateBanner() {
  const updateReady = usePwaStore((s) => s.updateReady);
  const applyUpdate = usePwaStore((s) => s.applyUpdate);
  const registrationError = usePwaStore((s) => s.registrationError);
  const blockers = useReloadBlockers();
  if (updateReady) {
    return (
      <div className="update-banner" role="status">
        <button type="button" onClick={applyUpdate} disabled={blockers.length > 0}>
          有新版本，点击更新
        </button>
        <span>
          {blockers.length > 0
            ? `（${blockers.join('、')}，完成后才能更新）`
            : '（更新前请确认正在编辑的单元格已保存）'}
        </span>
      </div>
    );
  }
  if (registrationError)
    return (
      <div className="update-banner" role="status">
        {registrationError}
      </div>
    );
  return null;
}

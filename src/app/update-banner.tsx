import { usePwaStore } from './pwa';

/** Offers a waiting new version; the page reloads only when the user asks for it. */
export function UpdateBanner() {
  const updateReady = usePwaStore((s) => s.updateReady);
  const applyUpdate = usePwaStore((s) => s.applyUpdate);
  const registrationError = usePwaStore((s) => s.registrationError);
  if (updateReady) {
    return (
      <div className="update-banner" role="status">
        <button type="button" onClick={applyUpdate}>
          有新版本，点击更新
        </button>
        <span>（更新前请确认正在编辑的单元格已保存）</span>
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

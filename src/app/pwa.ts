import { Workbox } from 'workbox-window';
import { create } from 'zustand';

/**
 * Service worker state for the UI. A new version never reloads the page by itself: it waits until the user
 * clicks “有新版本，点击更新”, so an edit in progress is never cut off.
 */
export interface PwaState {
  /** A new version is installed and waiting. */
  updateReady: boolean;
  /** The first install finished: the app now opens without a network. */
  offlineReady: boolean;
  /** Why registration failed, in Chinese, or null. */
  registrationError: string | null;
  /** Activates the waiting version and reloads once it controls the page. Does nothing without one. */
  applyUpdate: () => void;
}

export const usePwaStore = create<PwaState>(() => ({
  updateReady: false,
  offlineReady: false,
  registrationError: null,
  applyUpdate: () => undefined,
}));

/** Service workers need a secure context (https or localhost) and a built app; a file:// page gets none. */
function canRegister(): boolean {
  return import.meta.env.PROD && 'serviceWorker' in navigator && window.isSecureContext;
}

export function registerServiceWorker(): void {
  if (!canRegister()) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });

  wb.addEventListener('waiting', () => {
    usePwaStore.setState({
      updateReady: true,
      applyUpdate: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) usePwaStore.setState({ offlineReady: true });
  });

  wb.register().catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    usePwaStore.setState({ registrationError: `离线功能未能启用（${detail}）。联网时本工具仍可正常使用。` });
  });
}

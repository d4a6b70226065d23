/**
 * Messages about the workspace itself: it could not open, a newer release saved it, storage is not persistent,
 * another tab upgraded it.
 */
import { NEWER_VERSION_MESSAGE } from '@/storage/errors';
import type { WorkspaceState } from './use-workspace-db';

export function WorkspaceNotices({ state }: { state: WorkspaceState }) {
  return (
    <>
      {state.error && (
        <p className="app-alert" role="alert">
          {state.error.replace(/。$/, '')}。请关闭其他打开本工具的窗口后刷新页面；如仍不行，请换用 Chrome/Edge 109 以上版本。
        </p>
      )}
      {state.savedByNewerVersion && (
        <p className="app-alert" role="alert">
          {NEWER_VERSION_MESSAGE}
          <button type="button" onClick={() => window.location.reload()}>
            刷新本页
          </button>
        </p>
      )}
      {state.upgradedElsewhere && (
        <p className="app-alert" role="alert">
          本工具已在另一个窗口中更新。为避免数据冲突，请
          <button type="button" onClick={() => window.location.reload()}>
            刷新本页
          </button>
          （已保存的修改不会丢失）。
        </p>
      )}
      {state.persistence === 'refused' && (
        <p className="app-note" role="status">
          浏览器未允许“持久保存”数据：空间不足时浏览器可能清理本站数据。请定期使用“备份恢复”导出备份。
        </p>
      )}
    </>
  );
}

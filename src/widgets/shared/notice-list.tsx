/**
 * The messages of the notice store, newest last, each dismissible. Without `place`: the page's messages above the
 * tables; with a table's key: that table's messages, kept in view at the bottom of the window while the table is.
 */
import { useShallow } from 'zustand/react/shallow';
import { useNoticeStore } from '@/state/notice-store';

export function NoticeList({ place }: { place?: string }) {
  const notices = useNoticeStore(useShallow((s) => s.notices.filter((n) => n.place === place)));
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className={place ? 're-notices re-notices-placed' : 're-notices'} data-place={place}>
      {notices.map((n) => (
        <div key={n.id} className={`re-notice re-notice-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <div className="re-notice-body">
            <strong>{n.title}</strong>
            {n.lines && n.lines.length > 0 && (
              <ul>
                {n.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="re-notice-close" onClick={() => dismiss(n.id)} aria-label="关闭提示">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** The messages of the notice store, newest last, each dismissible. */
import { useNoticeStore } from '@/state/notice-store';

export function NoticeList() {
  const notices = useNoticeStore((s) => s.notices);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="re-notices">
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

/**
 * A list the office sends (催报, 退回修改): shown as text, copied to the clipboard, printed on A4 or saved as a .txt
 * file. An editable list (the reasons of a return) is edited in place before it is sent.
 */
import { useState, type ReactNode } from 'react';
import { copyPlainText } from '@/widgets/shared/clipboard';
import { saveText } from '@/widgets/shared/save-file';

interface Props {
  title: string;
  text: string;
  fileName: string;
  onClose?: () => void;
  /** Makes the text editable; called with every change. */
  onEdit?: (text: string) => void;
  /** Further actions (e.g. 确认退回) after the standard ones. */
  children?: ReactNode;
}

/** Prints only this list: the page's print style shows the element marked for printing and nothing else. */
function printList(element: HTMLElement | null): void {
  if (!element) return;
  element.classList.add('of-print-target');
  document.body.classList.add('of-printing');
  const done = () => {
    element.classList.remove('of-print-target');
    document.body.classList.remove('of-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function TextListBox({ title, text, fileName, onClose, onEdit, children }: Props) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  const [box, setBox] = useState<HTMLElement | null>(null);
  const copy = async () =>
    setCopied(
      await copyPlainText(text).then(
        () => 'yes' as const,
        () => 'no' as const,
      ),
    );
  return (
    <section className="of-textlist" aria-label={title} ref={setBox}>
      <div className="of-textlist-head">
        <h4>{title}</h4>
        <button type="button" onClick={() => void copy()}>
          复制
        </button>
        <button type="button" onClick={() => printList(box)}>
          打印
        </button>
        <button type="button" onClick={() => saveText(fileName, text)}>
          下载 .txt
        </button>
        {children}
        {onClose && (
          <button type="button" onClick={onClose}>
            关闭
          </button>
        )}
        {copied === 'yes' && <span role="status">已复制，可直接粘贴到通知或消息中。</span>}
        {copied === 'no' && (
          <span role="alert">浏览器不允许自动复制，请在下面的文本框中全选（Ctrl+A）后按 Ctrl+C 复制。</span>
        )}
      </div>
      <textarea
        readOnly={!onEdit}
        value={text}
        onChange={onEdit ? (e) => onEdit(e.target.value) : undefined}
        rows={Math.min(16, text.split('\n').length + 1)}
        aria-label={`${title}内容`}
      />
      {/* The printed copy: every line, at A4 width (a textarea prints only what it shows). */}
      <div className="of-print-copy" aria-hidden="true">
        <h1>{title}</h1>
        <pre>{text}</pre>
      </div>
    </section>
  );
}

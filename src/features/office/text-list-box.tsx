/** A list the office sends (催报, 退回修改): shown as text, copied to the clipboard or saved as a .txt file. */
import { useState } from 'react';
import { copyPlainText } from '@/features/shared/clipboard';
import { saveText } from '@/features/shared/save-file';

interface Props {
  title: string;
  text: string;
  fileName: string;
  onClose?: () => void;
}

export function TextListBox({ title, text, fileName, onClose }: Props) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  const copy = async () => setCopied(await copyPlainText(text).then(() => 'yes' as const, () => 'no' as const));
  return (
    <section className="of-textlist" aria-label={title}>
      <div className="of-textlist-head">
        <h4>{title}</h4>
        <button type="button" onClick={() => void copy()}>
          复制
        </button>
        <button type="button" onClick={() => saveText(fileName, text)}>
          下载 .txt
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            关闭
          </button>
        )}
        {copied === 'yes' && <span role="status">已复制，可直接粘贴到通知或消息中。</span>}
        {copied === 'no' && <span role="alert">浏览器不允许自动复制，请在下面的文本框中全选（Ctrl+A）后按 Ctrl+C 复制。</span>}
      </div>
      <textarea readOnly value={text} rows={Math.min(12, text.split('\n').length + 1)} aria-label={`${title}内容`} />
    </section>
  );
}

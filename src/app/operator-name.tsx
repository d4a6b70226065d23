/**
 * Who is typing: asked once per browser and written with every edit (the cell history shows it). Shown in the
 * header so a shared computer's next user can change it.
 */
import { useState } from 'react';
import type { XxgkDb } from '@/storage/db';
import { settingsRepo } from '@/storage/settings-repo';
import { useOperatorName } from '@/storage/settings-hooks';

export function OperatorName({ db }: { db: XxgkDb }) {
  const name = useOperatorName(db);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  if (name === undefined) return null;

  const save = async () => {
    try {
      await settingsRepo(db).setOperatorName(draft ?? '');
      setDraft(null);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : '未能保存姓名，请重试。');
    }
  };

  if (draft !== null) {
    return (
      <form
        className="app-operator"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          操作人姓名：
          <input value={draft} maxLength={30} autoFocus onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">保存</button>
        <button type="button" onClick={() => setDraft(null)}>
          取消
        </button>
        {error && <span role="alert">{error}</span>}
      </form>
    );
  }
  return (
    <span className="app-operator">
      {name ? `操作人：${name}` : '未设置操作人'}
      <button type="button" onClick={() => setDraft(name ?? '')}>
        {name ? '更改' : '设置姓名'}
      </button>
    </span>
  );
}

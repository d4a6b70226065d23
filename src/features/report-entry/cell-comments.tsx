/**
 * One cell's comments, oldest first, and a box to add one (saved with the operator's name, awaited; the
 * draft stays until it is stored). The author may delete their own after a confirmation. Comments are plain
 * text: React writes them as text, never as HTML.
 */
import { useState } from 'react';
import type { FieldKey } from '@/domain/format/types';
import { useCellComments } from '@/storage/cell-notes-hooks';
import { commentsRepo } from '@/storage/comments-repo';
import type { XxgkDb } from '@/storage/db';
import { timeText } from './cell-text';

/** The name stored for an edit or a comment made before the operator gave one (see the repositories). */
const UNSIGNED = '未署名';
const MAX_LENGTH = 2000;

interface Props {
  db: XxgkDb;
  reportId: string;
  field: FieldKey;
  operator: string;
  draft: string;
  onDraft: (text: string) => void;
}

const messageOf = (error: unknown, fallback: string) =>
  error instanceof Error && error.message ? error.message : fallback;

export function CellComments({ db, reportId, field, operator, draft, onDraft }: Props) {
  const rows = useCellComments(db, reportId, field);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const me = operator.trim() || UNSIGNED;

  const add = async () => {
    if (draft.trim() === '') {
      setError('批注内容为空，请先填写。');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await commentsRepo(db).add(reportId, field, draft, operator);
      onDraft('');
    } catch (e) {
      setError(messageOf(e, '批注未保存，请重试。填写的内容仍在框中。'));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (id: number) => {
    setError(null);
    try {
      await commentsRepo(db).remove(id);
      setConfirming(null);
    } catch (e) {
      setError(messageOf(e, '批注未删除，请重试。'));
    }
  };

  return (
    <div className="re-cell-block">
      <h4>批注（{rows?.length ?? 0}）</h4>
      {rows === undefined && <p className="re-cell-muted">正在读取批注…</p>}
      {rows?.length === 0 && <p className="re-cell-muted">还没有批注。</p>}
      <ul className="re-cell-comments">
        {rows?.map((c) => (
          <li key={c.id}>
            <div className="re-comment-meta">
              <span>{c.who}</span> <span>{timeText(c.at)}</span>
              {c.who === me && c.id !== undefined && confirming !== c.id && (
                <button type="button" className="re-comment-delete" onClick={() => setConfirming(c.id ?? null)}>
                  删除
                </button>
              )}
            </div>
            <p className="re-comment-text">{c.text}</p>
            {confirming === c.id && c.id !== undefined && (
              <div className="re-comment-confirm" role="alert">
                删除这条批注？删除后不能恢复。
                <button type="button" onClick={() => void remove(c.id as number)}>
                  确认删除
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  取消
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <label className="re-comment-new">
        <span>添加批注（署名：{me}）</span>
        <textarea
          rows={2}
          maxLength={MAX_LENGTH}
          value={draft}
          placeholder="例如：此数与上年差异较大，已核实"
          onChange={(e) => {
            onDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void add();
            }
          }}
        />
      </label>
      <div className="re-comment-actions">
        <button type="button" disabled={saving || draft.trim() === ''} onClick={() => void add()}>
          {saving ? '正在保存…' : '保存批注'}
        </button>
        <span className="re-cell-muted">Ctrl+Enter 保存</span>
      </div>
      {error && (
        <p className="re-status re-status-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

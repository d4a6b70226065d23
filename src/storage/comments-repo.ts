/** Comments on a cell (a reviewer's question, a clerk's note), kept beside the report, never in its values. */
import type { FieldKey } from '@/domain/format/types';
import type { CommentRow, XxgkDb } from './db';
import { RefusedError, runRead, runWrite } from './errors';

export function commentsRepo(db: XxgkDb) {
  return {
    add: (reportId: string, field: FieldKey, text: string, who: string) => addComment(db, reportId, field, text, who),
    /** Comments on one cell, oldest first. */
    ofCell: (reportId: string, field: FieldKey) =>
      runRead(db, () => db.comments.where('[reportId+field]').equals([reportId, field]).sortBy('id')),
    /** Comments on a whole report, oldest first (for markers in the grid). */
    ofReport: (reportId: string) => runRead(db, () => db.comments.where('reportId').equals(reportId).sortBy('id')),
    remove: (id: number) => runWrite(db, ['comments'], () => db.comments.delete(id)),
  };
}

export type CommentsRepo = ReturnType<typeof commentsRepo>;

async function addComment(db: XxgkDb, reportId: string, field: FieldKey, text: string, who: string) {
  const body = text.trim();
  if (body === '') throw new RefusedError('批注内容为空，未保存。请填写内容后再保存。');
  return runWrite(db, ['reports', 'comments'], async (): Promise<CommentRow> => {
    if (!(await db.reports.get(reportId))) {
      throw new RefusedError('找不到这份报表，可能已被合并或删除，批注未保存。');
    }
    const row: CommentRow = { reportId, field, at: Date.now(), who: who.trim() || '未署名', text: body };
    row.id = await db.comments.add(row);
    return row;
  });
}

/**
 * “Today” for deadlines and the 逾期 flag. The demo workspace accepts `?today=YYYY-MM-DD`, so a demonstration
 * (and a test) can show the state of any day; real data always uses the computer's date.
 */
import { isoDate } from '@/domain/office/deadlines';
import type { Workspace } from '@/storage/db';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function officeToday(workspace: Workspace, search: string, now: Date = new Date()): string {
  if (workspace === 'demo') {
    const asked = new URLSearchParams(search).get('today');
    if (asked && ISO_DATE.test(asked) && !Number.isNaN(Date.parse(asked))) return asked;
  }
  return isoDate(now);
}

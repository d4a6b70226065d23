/** `check --json` on published reports: the table values as for a spreadsheet, plus the findings with their quotes. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '@/cli/check-command';

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));

interface JsonReport {
  ok: boolean;
  source?: string;
  values: { key: string; value: number }[];
  findings?: { rule: string; severity: string; message: string; section?: number; quote?: string }[];
}

describe('check on published reports', () => {
  it('reads .html, .docx and .pdf in one run, with findings only where the text contradicts its tables', async () => {
    const files = ['2021-agreeing.pdf', 'legacy-contradicting.html', '2019-agreeing-gbk.docx'].map((f) => `${DIR}${f}`);
    const result = await runCheck([...files, '--json']);
    const reports = JSON.parse(result.stdout.join('\n')) as JsonReport[];
    expect(reports.map((r) => [r.ok, r.source, r.findings?.length])).toEqual([
      [true, 'published', 0],
      [true, 'published', 1],
      [true, 'published', 0],
    ]);
    expect(reports[0]?.values.find((v) => v.key === 't3.received.total')?.value).toBeGreaterThan(0);
    const [finding] = reports[1]?.findings ?? [];
    expect(finding).toMatchObject({ rule: 'T1', severity: 'warning', section: 4 });
    expect(finding?.quote).toBe('本年度，我局无公民、法人依申请公开事项，未发生失、泄密事件');
  }, 60_000);

  it('prints each finding with its quoted sentence in the text report', async () => {
    const result = await runCheck([`${DIR}legacy-contradicting.docx`]);
    expect(result.stdout.join('\n')).toContain('原文：“本年度，我局无公民、法人依申请公开事项，未发生失、泄密事件”');
  });
});

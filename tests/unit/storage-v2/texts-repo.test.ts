import { ZHANHE_2017_VALUES } from '@/domain/examples/zhanhe-2017';
import { draftReport, SECTION_HEADINGS } from '@/domain/report-text/draft';
import { formatFor } from '@/domain/formats/registry';
import { createDb, type XxgkDb } from '@/storage/db';
import { RefusedError, StaleWriteError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { MAX_SECTION_CHARS, revOfSection, textsRepo } from '@/storage/texts/texts-repo';
import { joinSections, mergeSaved, WHOLE_TEXT_NUMBER } from '@/storage/texts/text-slots';
import { unitsRepo } from '@/storage/units-repo';

const opened: XxgkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function setup(year = 2025) {
  const db = createDb(`texts-${crypto.randomUUID()}`);
  opened.push(db);
  const unit = await unitsRepo(db).create({ name: '湛河区教育局', kind: '部门' });
  const reports = reportsRepo(db);
  const report = await reports.getOrCreate(unit.id, year);
  return { db, reports, reportId: report.id, texts: textsRepo(db) };
}

const SECTION_THREE = { number: 3, heading: SECTION_HEADINGS[2], text: '本年度共收到政府信息公开申请99件。' };

describe('texts repository', () => {
  it('has no saved text for a new report, and drafts six sections from the figures', async () => {
    const { reports, reportId, texts } = await setup();
    await reports.commitCells(reportId, [{ field: 't3.received.natural', value: 7, expected: null }], '王晓');
    expect(await texts.get(reportId)).toBeUndefined();
    const drafts = await texts.drafts(reportId);
    expect(drafts.map((d) => d.heading)).toEqual([...SECTION_HEADINGS]);
    expect(drafts[2]?.text).toContain('本年度共收到政府信息公开申请7件');
  });

  it('saves one section, keeps the others unsaved, and replaces it on a second save', async () => {
    const { reportId, texts } = await setup();
    const first = await texts.saveSection(reportId, SECTION_THREE, '王晓', 0);
    expect(first.sections).toEqual([SECTION_THREE]);
    expect(first.who).toBe('王晓');
    await texts.saveSection(reportId, { ...SECTION_THREE, number: 1, heading: SECTION_HEADINGS[0], text: '概述' }, '', 0);
    const second = await texts.saveSection(reportId, { ...SECTION_THREE, text: '改过的第三部分' }, '李四', 1);
    expect(second.sections.map((s) => [s.number, s.text])).toEqual([
      [1, '概述'],
      [3, '改过的第三部分'],
    ]);
    const stored = await texts.get(reportId);
    expect(stored).toEqual(second);
    expect(stored?.who).toBe('李四');
  });

  it('signs an edit without an operator name as 未署名', async () => {
    const { reportId, texts } = await setup();
    expect((await texts.saveSection(reportId, SECTION_THREE, '  ', 0)).who).toBe('未署名');
  });

  it('resets a section: the saved text is forgotten and the current draft returned', async () => {
    const { reports, reportId, texts } = await setup();
    await texts.saveSection(reportId, SECTION_THREE, '王晓', 0);
    await texts.saveSection(reportId, { number: 5, heading: SECTION_HEADINGS[4], text: '问题' }, '王晓', 0);
    await reports.commitCells(reportId, [{ field: 't3.received.natural', value: 4, expected: null }], '王晓');
    const draft = await texts.resetSection(reportId, 3, '王晓', 1);
    expect(draft.text).toContain('申请4件');
    const stored = await texts.get(reportId);
    expect(stored?.sections.map((s) => s.number)).toEqual([5]);
    const shown = mergeSaved(await texts.drafts(reportId), stored?.sections);
    expect(shown[2]?.text).toBe(draft.text);
    expect(shown[4]?.text).toBe('问题');
  });

  it('refuses an unknown report, an unknown section and an oversized text, writing nothing', async () => {
    const { reportId, texts } = await setup();
    await expect(texts.saveSection('no-such-report', SECTION_THREE, '王晓', 0)).rejects.toBeInstanceOf(RefusedError);
    await expect(texts.saveSection(reportId, { ...SECTION_THREE, number: 9 }, '王晓', 0)).rejects.toThrow(
      '没有第 9 节',
    );
    const huge = { ...SECTION_THREE, text: '字'.repeat(MAX_SECTION_CHARS + 1) };
    await expect(texts.saveSection(reportId, huge, '王晓', 0)).rejects.toThrow('超过每节');
    await expect(texts.resetSection(reportId, 7, '王晓', 0)).rejects.toBeInstanceOf(RefusedError);
    expect(await texts.get(reportId)).toBeUndefined();
  });

  it('gives the legacy format one whole-text section, saved and checked as pasted', async () => {
    const { reports, reportId, texts } = await setup(2017);
    const legacy = formatFor(2017)!;
    expect(draftReport(legacy, ZHANHE_2017_VALUES, '湛河区', 2017)).toBeNull();
    const drafts = await texts.drafts(reportId);
    expect(drafts).toEqual([{ number: WHOLE_TEXT_NUMBER, heading: '报告全文', text: '' }]);
    const pasted = '一、概述\n本年度，我区无公民、法人依申请公开事项。';
    await texts.saveSection(reportId, { ...drafts[0]!, text: pasted }, '王晓', 0);
    const shown = mergeSaved(drafts, (await texts.get(reportId))?.sections);
    // The whole text is checked as it was pasted, its own headings intact.
    expect(joinSections(shown)).toBe(pasted);
    expect((await reports.getReport(reportId))?.formatId).toBe(legacy.id);
  });

  it('refuses a save against an older version in the same transaction, and keeps both texts on overwrite', async () => {
    const { reportId, texts } = await setup();
    await texts.saveSection(reportId, { ...SECTION_THREE, text: '甲窗口的文字' }, '王晓', 0);
    // The second window read the section before the first saved it (version 0).
    const stale = texts.saveSection(reportId, { ...SECTION_THREE, text: '乙窗口的文字' }, '李四', 0);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow('另一个窗口（王晓，');
    const error = (await stale.catch((e: unknown) => e)) as StaleWriteError<string>;
    expect(error.current).toBe('甲窗口的文字');
    expect(error.theirs?.rev).toBe(1);
    expect((await texts.get(reportId))?.sections[0]?.text).toBe('甲窗口的文字');
    // 保留我的版本: written knowingly against the version the refusal named; the replaced text is in the history.
    await texts.saveSection(reportId, { ...SECTION_THREE, text: '乙窗口的文字' }, '李四', error.theirs?.rev ?? -1);
    const stored = await texts.get(reportId);
    expect(stored?.sections[0]?.text).toBe('乙窗口的文字');
    expect(revOfSection(stored, 3)).toBe(2);
    expect(stored?.history?.map((h) => [h.key, h.text, h.stamp?.who])).toEqual([['3', '甲窗口的文字', '王晓']]);
  });

  it('refuses a reset against an older version, and a reset keeps counting versions', async () => {
    const { reportId, texts } = await setup();
    await texts.saveSection(reportId, SECTION_THREE, '王晓', 0);
    await expect(texts.resetSection(reportId, 3, '李四', 0)).rejects.toBeInstanceOf(StaleWriteError);
    await texts.resetSection(reportId, 3, '王晓', 1);
    // A window that still holds version 0 or 1 is refused after the reset too.
    await expect(texts.saveSection(reportId, SECTION_THREE, '李四', 1)).rejects.toBeInstanceOf(StaleWriteError);
    expect(revOfSection(await texts.get(reportId), 3)).toBe(2);
  });
});

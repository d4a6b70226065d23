/**
 * The published annual report's text (年度报告正文) for one report: six sections drafted from the tables and
 * edited by the clerk (the legacy format: one whole text, pasted), saved per section, checked live against the
 * tables (T1, T2, T3), printable, copyable and downloadable as a Word document.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { problemsOf } from '@/domain/rules/problems-of';
import { computeAll } from '@/domain/rules/compute';
import type { Problem } from '@/domain/rules/problem';
import type { ReportTextSection, XxgkDb } from '@/storage/db';
import { revOfSection, textsRepo } from '@/storage/texts/texts-repo';
import { useUnsavedWork } from '@/state/unsaved-work';
import { hasDraft, joinSections, mergeSaved } from '@/storage/texts/text-slots';
import { copyHtml, copyPlainText } from '@/widgets/shared/clipboard';
import { activeEdit, isTyped, savedEdit, typed, type OpenEdit } from '@/widgets/shared/open-edit';
import { staleOf } from '@/widgets/shared/stale-notice';
import { signatureOf } from '@/domain/office/signature';
import { downloadReportDocx } from './docx-download';
import { PrintView } from './print-view';
import { SectionEditor, type SaveState } from './section-editor';
import { tablesHtml, tablesPlainText } from './tables-html';
import { TextProblems } from './text-problems';
import { useTextSession, type TextSession } from './use-text-session';
import './report-text.css';

interface Props {
  db: XxgkDb;
  reportId: string;
}

export function ReportTextPage({ db, reportId }: Props) {
  const state = useTextSession(db, reportId);
  if (state.kind === 'loading') return <p className="rt-loading">正在打开年度报告正文…</p>;
  if (state.kind === 'missing') {
    return <p className="rt-missing">找不到这份报表（编号 {reportId}），可能已被合并或删除。请返回列表重新打开。</p>;
  }
  if (state.kind === 'unknownFormat') {
    return <p className="rt-missing">这份报表使用的格式“{state.formatId}”本程序不认识，请更新程序后再打开。</p>;
  }
  return <TextEditor key={reportId} session={state.session} />;
}

const LEGACY_NOTE =
  '2014—2018 年的报表没有统一的正文结构，本程序只为 2019 年及以后格式的报表按表格生成正文初稿。' +
  '可将已发布的年度报告全文粘贴到下面，程序仍会核对正文中引用的数字（T1）是否与统计表一致。';

function TextEditor({ session }: { session: TextSession }) {
  const { db, report, format, drafts, saved, unitName } = session;
  const repo = useMemo(() => textsRepo(db), [db]);
  const [open, setOpen] = useState<Readonly<Record<number, OpenEdit>>>({});
  const [states, setStates] = useState<Readonly<Record<number, SaveState>>>({});
  const [preview, setPreview] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>();

  const stored = useMemo(() => mergeSaved(drafts, saved?.sections), [drafts, saved]);
  const storedRev = (n: number) => revOfSection(saved, n);
  const editing = (n: number): OpenEdit | undefined => activeEdit(open[n], storedRev(n));
  const current = stored.map((s) => {
    const edit = editing(s.number);
    return edit ? { ...s, text: edit.text } : s;
  });
  const withDraft = hasDraft(drafts);
  const title = `${unitName}${report.year}年政府信息公开工作年度报告`;
  const computed = useMemo(() => computeAll(format, report.values), [format, report.values]);
  const figures = { format, values: report.values, computed };

  const joined = joinSections(current);
  const checkedText = useDeferredValue(joined);
  const problems = useMemo((): Problem[] => {
    const context = session.unitKind ? { unitKind: session.unitKind } : {};
    return problemsOf({ format, values: report.values }, context, { text: checkedText, rules: ['T3'] });
  }, [format, report.values, session.unitKind, checkedText]);

  const isDirty = (n: number) => isTyped(editing(n));
  useUnsavedWork(
    stored.some((s) => isDirty(s.number)),
    '年度报告正文有未保存的修改',
  );
  useBodyClass('rt-text-open');

  const setState = (number: number, state: SaveState) => setStates((s) => ({ ...s, [number]: state }));

  const type = (section: ReportTextSection, text: string) => {
    const shown = stored.find((s) => s.number === section.number)?.text ?? '';
    setOpen((o) => ({
      ...o,
      [section.number]: typed(o[section.number], { rev: storedRev(section.number), text: shown }, text),
    }));
  };

  const save = async (section: ReportTextSection, expectedRev: number) => {
    setState(section.number, { kind: 'saving' });
    try {
      const row = await repo.saveSection(report.id, section, session.operator, expectedRev);
      const rev = revOfSection(row, section.number);
      // Saved: the edit is now the stored version (shown as typed until the live read catches up).
      setOpen((o) => ({ ...o, [section.number]: savedEdit(section.text, rev) }));
      setState(section.number, { kind: 'saved', at: row.updatedAt });
    } catch (error) {
      const stale = staleOf(error);
      if (stale) return setState(section.number, { kind: 'conflict', ...stale });
      const message = error instanceof Error ? error.message : '保存失败，请重试。';
      setState(section.number, { kind: 'error', message: `本节未保存：${message}` });
    }
  };

  const saveIfChanged = (section: ReportTextSection) => {
    const edit = editing(section.number);
    if (edit && isTyped(edit) && states[section.number]?.kind !== 'conflict') void save(section, edit.baseRev);
  };

  const saveNow = (section: ReportTextSection) => {
    const state = states[section.number];
    // In a conflict, 保存 is 保留我的版本: written knowingly over the version the refusal named.
    const expected =
      state?.kind === 'conflict' ? state.theirsRev : (editing(section.number)?.baseRev ?? storedRev(section.number));
    void save(section, expected);
  };

  const takeTheirs = (number: number) => {
    setOpen(({ [number]: _, ...rest }) => rest);
    setState(number, { kind: 'idle' });
  };

  const regenerate = async (number: number) => {
    setState(number, { kind: 'saving' });
    try {
      await repo.resetSection(report.id, number, session.operator, editing(number)?.baseRev ?? storedRev(number));
      setOpen(({ [number]: _, ...rest }) => rest);
      setState(number, { kind: 'idle' });
    } catch (error) {
      const stale = staleOf(error);
      if (stale) return setState(number, { kind: 'conflict', ...stale });
      const message = error instanceof Error ? error.message : '操作未完成，请重试。';
      setState(number, { kind: 'error', message });
    }
  };

  const act = async (action: () => Promise<string>) => {
    try {
      setNotice({ tone: 'ok', text: await action() });
    } catch (error) {
      setNotice({ tone: 'error', text: error instanceof Error ? error.message : '操作未完成，请重试。' });
    }
  };

  return (
    <div className={`rt-page${preview ? ' rt-previewing' : ''}`}>
      <div className="rt-editor">
        <header className="rt-header">
          <div>
            <h2>年度报告正文</h2>
            <p className="rt-meta">
              {unitName} · {report.year} 年度 · {format.name}
            </p>
          </div>
          <nav className="rt-links">
            <a href={`#/report/${encodeURIComponent(report.id)}`}>返回统计表</a>
          </nav>
        </header>
        <div className="rt-toolbar" role="toolbar" aria-label="正文操作">
          <button type="button" onClick={() => setPreview(true)}>
            打印预览
          </button>
          <button type="button" onClick={() => void act(async () => copyText(joined))}>
            复制正文
          </button>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                await copyHtml(tablesHtml(figures), tablesPlainText(figures));
                return '已将统计表复制为网页表格，可粘贴到 Word、WPS 或网站编辑器中。';
              })
            }
          >
            复制为网页表格
          </button>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                const name = await downloadReportDocx({
                  title,
                  unitName,
                  year: report.year,
                  sections: current,
                  format,
                  values: report.values,
                  signature: signatureOf(session.contact, session.operator, new Date()),
                });
                return `已生成 Word 文档“${name}”，请在浏览器的下载列表中查看。`;
              })
            }
          >
            下载 Word 文档
          </button>
        </div>
        {notice && (
          <p
            className={notice.tone === 'ok' ? 'rt-notice' : 'rt-error'}
            role={notice.tone === 'ok' ? 'status' : 'alert'}
          >
            {notice.text}
          </p>
        )}
        {!withDraft && <p className="rt-note">{LEGACY_NOTE}</p>}
        <div className="rt-body">
          <div className="rt-sections">
            {current.map((section) => {
              const draft = drafts.find((d) => d.number === section.number)?.text;
              return (
                <SectionEditor
                  key={section.number}
                  section={section}
                  {...(withDraft && draft !== undefined ? { draft } : {})}
                  hasSaved={saved?.sections.some((s) => s.number === section.number) ?? false}
                  dirty={isDirty(section.number)}
                  newerElsewhere={
                    isDirty(section.number) && storedRev(section.number) > (editing(section.number)?.baseRev ?? 0)
                  }
                  state={states[section.number] ?? { kind: 'idle' }}
                  {...(withDraft
                    ? {}
                    : { placeholder: '请将已发布的年度报告全文粘贴到这里（含“一、”“二、”等各部分标题）。' })}
                  onChange={(text) => type(section, text)}
                  onBlur={() => saveIfChanged(section)}
                  onSave={() => saveNow(section)}
                  onTakeTheirs={() => takeTheirs(section.number)}
                  onRegenerate={() => void regenerate(section.number)}
                />
              );
            })}
          </div>
          <TextProblems problems={problems} />
        </div>
      </div>
      {preview && (
        <div className="rt-preview-bar" role="toolbar" aria-label="打印预览操作">
          <button type="button" onClick={() => setPreview(false)}>
            返回编辑
          </button>
          <button type="button" className="rt-primary" onClick={() => window.print()}>
            打印
          </button>
        </div>
      )}
      <PrintView
        title={title}
        unitName={unitName}
        sections={current}
        format={format}
        values={report.values}
        computed={computed}
        date={todayIso()}
        visible={preview}
      />
    </div>
  );
}

async function copyText(text: string): Promise<string> {
  await copyPlainText(text);
  return '已复制正文，可粘贴到 Word、WPS 或网站编辑器中。';
}

/** Marks the page so the print style sheet can hide the application's header and banners. */
function useBodyClass(name: string): void {
  useEffect(() => {
    document.body.classList.add(name);
    return () => document.body.classList.remove(name);
  }, [name]);
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The panel under the problem list: the cell the clerk is on, by its printed name, with its value and save
 * state, the problems that involve it, its history and its comments. It follows the grid's focus and never
 * takes it: nothing here is focused unless the clerk clicks into it.
 */
import { useState } from 'react';
import { cellName } from '@/domain/format/cell-name';
import { indexFormat } from '@/domain/format/format-index';
import type { FieldDef, FieldKey, FormatDef, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { overlayPending, type Refusal } from '@/widgets/entry-grid/grid-row-data';
import { usePending } from '@/state/pending-store';
import { useUnsavedWork } from '@/state/unsaved-work';
import type { XxgkDb } from '@/storage/db';
import { CellComments } from './cell-comments';
import { CellHistory } from './cell-history';
import { valueText } from './cell-text';
import { useFocusedField, type FocusedCell } from './focused-cell';
import './cell-panel.css';

interface Props {
  db: XxgkDb;
  reportId: string;
  /** The edit scope of the report's grids (pending saves are kept under it). */
  scope: string;
  format: FormatDef;
  values: Values;
  problems: readonly Problem[];
  /** Typed texts the grids could not save, by cell. */
  refusals: Readonly<Record<FieldKey, Refusal>>;
  operator: string;
  /** The cell the grids report as focused. */
  focus: FocusedCell;
}

export function CellPanel(p: Props) {
  const field = useFocusedField(p.focus);
  // Unsaved comment drafts per cell: moving to another cell and back keeps what was typed.
  const [drafts, setDrafts] = useState<Readonly<Record<FieldKey, string>>>({});
  useUnsavedWork(
    Object.values(drafts).some((d) => d.trim() !== ''),
    '批注未保存',
  );
  const def = field ? indexFormat(p.format).field.get(field) : undefined;
  return (
    <section className="re-cell-panel" aria-label="单元格">
      <h3>单元格</h3>
      {!def ? (
        <p className="re-cell-muted">点选表中的一个单元格，这里显示它的数值、修改记录和批注。</p>
      ) : (
        <>
          <p className="re-cell-name" title={[...def.rowLabels, ...def.colLabels].join(' / ')}>
            {cellName(def)}
          </p>
          <CellState {...p} def={def} />
          {!def.sumOf && <CellHistory key={def.key} db={p.db} reportId={p.reportId} field={def.key} />}
          <CellComments
            key={`c-${def.key}`}
            db={p.db}
            reportId={p.reportId}
            field={def.key}
            operator={p.operator}
            draft={drafts[def.key] ?? ''}
            onDraft={(text) => setDrafts((old) => ({ ...old, [def.key]: text }))}
          />
        </>
      )}
    </section>
  );
}

function CellState({ def, scope, format, values, problems, refusals }: Props & { def: FieldDef }) {
  const pendingMap = usePending(scope);
  const pending = pendingMap[def.key];
  const refusal = refusals[def.key];
  const stored = values[def.key] ?? null;
  const mine = problems.filter((x) => x.cells.includes(def.key));
  let value: string;
  let state: { text: string; tone: 'ok' | 'busy' | 'bad' | 'plain' };
  if (def.sumOf) {
    // As the grid shows it: with values still being saved, blank while every part is blank.
    const shown = overlayPending(values, pendingMap);
    value = valueText(shownValue(format, shown, computeAll(format, shown), def.key));
    state = { text: '自动计算，不能填写', tone: 'plain' };
  } else if (refusal) {
    value = valueText(stored);
    state = {
      text: `未通过：${refusal.reason}。输入的“${refusal.text}”未保存，请改正或按 Delete 清除。`,
      tone: 'bad',
    };
  } else if (pending?.status === 'saving') {
    value = valueText(pending.value);
    state = { text: '正在保存…', tone: 'busy' };
  } else {
    value = valueText(pending ? pending.value : stored);
    state = { text: '已保存', tone: 'ok' };
  }
  return (
    <div className="re-cell-block">
      <p className="re-cell-value">
        数值：<strong>{value}</strong>
        {def.unit ? ` ${def.unit}` : ''}
        <span className={`re-cell-state re-cell-state-${state.tone}`} role="status">
          {state.text}
        </span>
      </p>
      {mine.length > 0 && (
        <ul className="re-cell-problems">
          {mine.map((x) => (
            <li key={x.key} className={`re-${x.severity}`}>
              {x.severity === 'error' ? '错误' : '警告'} {x.ruleId}：{x.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

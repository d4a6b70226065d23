/** The two uses of last year's report file, each chosen by the clerk: stored as last year's report, carried into this year. */
import type { FormatDef, Values } from '@/domain/format/types';
import { CARRY_OVER_LABEL } from '@/domain/year-on-year/carry-over';
import { valueDifferences } from '@/widgets/import-preview/preview-model';
import { Differences } from '@/widgets/import-preview/preview-sections';
import type { PriorImportPlan } from './prior-import-plan';

export interface ChoicesProps {
  keep: boolean;
  setKeep: (v: boolean) => void;
  carry: boolean;
  setCarry: (v: boolean) => void;
  reopen: boolean;
  setReopen: (v: boolean) => void;
  completed: boolean;
  priorYear: number;
  readOnly: boolean;
  plan: PriorImportPlan;
  stored: { formatId: string; values: Values; status: string } | undefined;
  parsed: { format: FormatDef; values: Values };
}

export function Choices(c: ChoicesProps) {
  const differences = c.stored ? valueDifferences(c.parsed.format, c.parsed.values, c.stored.values) : undefined;
  return (
    <section className="im-block">
      <label>
        <input type="checkbox" checked={c.keep} onChange={(e) => c.setKeep(e.currentTarget.checked)} />
        保存为本单位 {c.priorYear} 年的报表
        {c.stored ? `（已有该年报表，状态：${c.stored.status}）` : '（该年报表尚不存在，将新建）'}
      </label>
      {c.keep && differences && <Differences cells={differences} />}
      {c.keep && c.completed && (
        <label className="im-reopen">
          <input type="checkbox" checked={c.reopen} onChange={(e) => c.setReopen(e.currentTarget.checked)} />
          该年报表已标记为“已完成”。重新打开（改为草稿）并覆盖
        </label>
      )}
      {c.readOnly ? (
        <p>本年报表已标记为已完成，不填入上年结转。</p>
      ) : c.plan.carry.length === 0 ? (
        <p className="im-ok">本年“上年结转”与该年报的“结转下年度继续办理”一致（或本格式没有结转），无需填入。</p>
      ) : (
        <>
          <label>
            <input type="checkbox" checked={c.carry} onChange={(e) => c.setCarry(e.currentTarget.checked)} />
            {CARRY_OVER_LABEL}
          </label>
          <ul>
            {c.plan.carry.map((cell) => (
              <li key={cell.field}>
                {cell.name}：本年现为 {cell.current ?? '空白'}，上年结转下年度为 {cell.prior}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The rule engine: every format's rules are data (`RuleDef`); this file compiles them once per format and
 * evaluates a report against them. S4 (value kinds) applies to every input field of every format.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldDef, FieldKey, FormatDef, RuleDef, Term, Values } from '../format/types';
import { formatNumber, roundMoney } from '../values/money';
import { computeAll } from './compute';
import type { CheckContext, Problem } from './problem';

export type { CheckContext, Problem } from './problem';

export function checkReport(format: FormatDef, values: Values, ctx: CheckContext = {}): Problem[] {
  const current = computeAll(format, values);
  const prior = ctx.prior ? computeAll(ctx.prior.format, ctx.prior.values) : undefined;
  const problems: Problem[] = kindProblems(format, values);
  for (const rule of compiled(format)) {
    if (!applies(rule, ctx)) continue;
    const read = (t: Term): number | undefined => {
      if (t.source === 'prior') return prior?.get(t.field);
      if (t.source === 'stated') return ctx.stated?.[t.field] ?? undefined;
      return current.get(t.field);
    };
    const left = sum(rule.left, read);
    const right = sum(rule.right, read);
    if (left === undefined || right === undefined) continue;
    const failed = rule.compare === 'equal' ? Math.abs(left - right) > 1e-9 : left - right > 1e-9;
    if (failed) problems.push(toProblem(rule, left, right));
  }
  return problems;
}

interface CompiledRule extends RuleDef {
  key: string;
  cells: readonly FieldKey[];
  leftText: string;
  rightText: string;
}

const compiledCache = new WeakMap<FormatDef, readonly CompiledRule[]>();

function compiled(format: FormatDef): readonly CompiledRule[] {
  const hit = compiledCache.get(format);
  if (hit) return hit;
  const { field } = indexFormat(format);
  const rules = format.rules.map((rule): CompiledRule => {
    const terms = [...rule.left, ...rule.right];
    for (const t of terms) {
      if (t.source !== 'prior' && !field.has(t.field)) {
        throw new Error(`格式 ${format.id} 的规则 ${rule.id} 引用了不存在的单元格 ${t.field}`);
      }
    }
    const first = rule.left[0]?.field ?? rule.right[0]?.field ?? '';
    return {
      ...rule,
      key: `${rule.id}:${first}${rule.scope ? `:${rule.scope}` : ''}`,
      cells: [...new Set(terms.filter((t) => t.source !== 'prior').map((t) => t.field))],
      leftText: rule.leftLabel ?? sideText(rule.left, field),
      rightText: rule.rightLabel ?? sideText(rule.right, field),
    };
  });
  compiledCache.set(format, rules);
  return rules;
}

function applies(rule: RuleDef, ctx: CheckContext): boolean {
  if (rule.unitKinds && !(ctx.unitKind && rule.unitKinds.includes(ctx.unitKind))) return false;
  const priorTerms = [...rule.left, ...rule.right].filter((t) => t.source === 'prior');
  if (priorTerms.length > 0) {
    // No cross-year rule reaches into a format that lacks the compared rows (e.g. the legacy table).
    const prior = ctx.prior;
    if (!prior) return false;
    const priorFields = indexFormat(prior.format).field;
    if (!priorTerms.every((t) => priorFields.has(t.field))) return false;
  }
  return true;
}

function sum(terms: readonly Term[], read: (t: Term) => number | undefined): number | undefined {
  let total = 0;
  for (const t of terms) {
    const v = read(t);
    // A stated total that the file left blank, or a prior row that is missing, means the rule says nothing.
    if (v === undefined || v === null) return undefined;
    total += (t.sign ?? 1) * v;
  }
  return roundMoney(total);
}

function sideText(terms: readonly Term[], field: ReadonlyMap<FieldKey, FieldDef>): string {
  if (terms.length === 0) return '0';
  return terms
    .map((t, i) => {
      const name = `${t.source === 'prior' ? '上年' : ''}${field.get(t.field)?.short ?? t.field}`;
      if (i === 0) return t.sign === -1 ? `−${name}` : name;
      return `${t.sign === -1 ? ' − ' : ' + '}${name}`;
    })
    .join('');
}

function toProblem(rule: CompiledRule, left: number, right: number): Problem {
  const diff = formatNumber(roundMoney(Math.abs(left - right)));
  const scope = rule.scope ? `${rule.scope}：` : '';
  const side = (text: string, n: number) => (text === formatNumber(n) ? text : `${text}（${formatNumber(n)}）`);
  const relation =
    rule.compare === 'equal'
      ? `${side(rule.leftText, left)}应等于 ${side(rule.rightText, right)}，相差 ${diff}`
      : `${side(rule.leftText, left)}不应大于 ${side(rule.rightText, right)}，超出 ${diff}`;
  return {
    key: rule.key,
    ruleId: rule.id,
    severity: rule.severity,
    explainable: rule.severity === 'warning' || rule.explainable === true,
    cells: rule.cells,
    message: `${scope}${relation}${rule.hint ? `。${rule.hint}` : ''}`,
  };
}

/** S4: a stored value that does not fit its cell's kind (imports and old data can hold such values). */
function kindProblems(format: FormatDef, values: Values): Problem[] {
  const out: Problem[] = [];
  for (const f of indexFormat(format).inputs) {
    const v = values[f.key];
    if (v === null || v === undefined) continue;
    const reason = kindViolation(f, v);
    if (reason) {
      out.push({
        key: `S4:${f.key}`,
        ruleId: 'S4',
        severity: 'error',
        explainable: false,
        cells: [f.key],
        message: `${cellName(f)}：${reason}`,
      });
    }
  }
  return out;
}

function kindViolation(f: FieldDef, v: number): string | undefined {
  if (!Number.isFinite(v)) return `“${v}”不是数字`;
  if (f.kind === 'money') return v < 0 ? `金额（${formatNumber(v)}）不能为负数` : undefined;
  if (!Number.isInteger(v)) return `“${formatNumber(v)}”不是整数`;
  if (f.kind === 'count' && v < 0) return `数量（${v}）不能为负数`;
  return undefined;
}

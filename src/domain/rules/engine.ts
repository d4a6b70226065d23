/**
 * The rule engine: every format's rules are data (`RuleDef`); this file compiles them once per format and
 * evaluates a report against them. S4 (value kinds) applies to every input field of every format.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldDef, FieldKey, FormatDef, RuleDef, Term, Values } from '../format/types';
import { formatNumber, roundMoney } from '../values/money';
import { computeVector } from './compute';
import type { CheckContext, Problem } from './problem';

export type { CheckContext, Problem } from './problem';

export function checkReport(format: FormatDef, values: Values, ctx: CheckContext = {}): Problem[] {
  const current = computeVector(format, values);
  const prior = ctx.prior ? priorReading(ctx.prior) : undefined;
  const problems: Problem[] = kindProblems(format, values);
  for (const rule of compiled(format)) {
    if (!applies(rule, ctx, prior)) continue;
    const left = sideValue(rule.leftTerms, current, ctx.stated, prior);
    const right = sideValue(rule.rightTerms, current, ctx.stated, prior);
    if (left === undefined || right === undefined) continue;
    const failed = rule.compare === 'equal' ? Math.abs(left - right) > 1e-9 : left - right > 1e-9;
    if (failed) problems.push(toProblem(rule, left, right));
  }
  return problems;
}

interface CompiledTerm {
  field: FieldKey;
  slot: number;
  sign: number;
  source: 'current' | 'prior' | 'stated';
}

interface CompiledRule extends RuleDef {
  key: string;
  cells: readonly FieldKey[];
  leftText: string;
  rightText: string;
  leftTerms: readonly CompiledTerm[];
  rightTerms: readonly CompiledTerm[];
  priorFields: readonly FieldKey[];
}

interface PriorReading {
  vector: Float64Array;
  slot: ReadonlyMap<FieldKey, number>;
}

const compiledCache = new WeakMap<FormatDef, readonly CompiledRule[]>();

function compiled(format: FormatDef): readonly CompiledRule[] {
  const hit = compiledCache.get(format);
  if (hit) return hit;
  const { field, slot } = indexFormat(format);
  const compileTerm = (t: Term): CompiledTerm => ({
    field: t.field,
    slot: slot.get(t.field) ?? -1,
    sign: t.sign ?? 1,
    source: t.source ?? 'current',
  });
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
      leftTerms: rule.left.map(compileTerm),
      rightTerms: rule.right.map(compileTerm),
      priorFields: terms.filter((t) => t.source === 'prior').map((t) => t.field),
    };
  });
  compiledCache.set(format, rules);
  return rules;
}

/** Last year's figures are computed once per prior report object, however many reports are checked against it. */
const priorCache = new WeakMap<object, PriorReading>();

function priorReading(prior: NonNullable<CheckContext['prior']>): PriorReading {
  const hit = priorCache.get(prior.values);
  if (hit && hit.slot === indexFormat(prior.format).slot) return hit;
  const reading = { vector: computeVector(prior.format, prior.values), slot: indexFormat(prior.format).slot };
  priorCache.set(prior.values, reading);
  return reading;
}

function applies(rule: CompiledRule, ctx: CheckContext, prior: PriorReading | undefined): boolean {
  if (rule.unitKinds && !(ctx.unitKind && rule.unitKinds.includes(ctx.unitKind))) return false;
  // No cross-year rule reaches into a format that lacks the compared rows (e.g. the legacy table).
  if (rule.priorFields.length > 0) return prior !== undefined && rule.priorFields.every((f) => prior.slot.has(f));
  return true;
}

function sideValue(
  terms: readonly CompiledTerm[],
  current: Float64Array,
  stated: Values | undefined,
  prior: PriorReading | undefined,
): number | undefined {
  let total = 0;
  for (const t of terms) {
    let v: number | null | undefined;
    if (t.source === 'current') v = current[t.slot];
    else if (t.source === 'stated') v = stated?.[t.field];
    else v = prior?.vector[prior.slot.get(t.field) ?? -1];
    // A stated total that the file left blank, or a prior row that is missing, means the rule says nothing.
    if (v === undefined || v === null) return undefined;
    total += t.sign * v;
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

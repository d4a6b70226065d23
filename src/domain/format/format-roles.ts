/**
 * The roles a format gives its fields (`FormatDef.roles`): checked when a format is registered, so a definition
 * that forgets one, or names a cell it does not have, is refused with a message instead of silently showing an
 * empty chart or a draft sentence without its number.
 */
import {
  FIGURE_ROLES,
  type AppealRow,
  type FieldKey,
  type FigureRole,
  type FormatDef,
  type FormatRoles,
} from './types';

/** Roles of a format that quotes nothing by meaning (a test table, a one-off sheet). */
export const NO_ROLES: FormatRoles = {
  applications: null,
  appeals: null,
  figures: Object.fromEntries(FIGURE_ROLES.map((r) => [r, null])) as Record<FigureRole, null>,
  proactiveTable: null,
  fromEdition: {},
};

const ROLE_NAMES = ['applications', 'appeals', 'figures', 'proactiveTable', 'fromEdition'] as const;

/** Throws, naming the format and the role, when a role is missing or names a cell the format lacks. */
export function checkFormatRoles(format: FormatDef, registered: readonly FormatDef[]): void {
  const fail = (what: string) => {
    throw new Error(`格式 ${format.id} 的字段角色有误：${what}`);
  };
  const roles = format.roles as Partial<FormatRoles> | undefined;
  if (!roles) return fail('未声明 roles');
  for (const name of ROLE_NAMES) if (roles[name] === undefined) fail(`缺少 ${name}（没有的请写 null）`);
  for (const name of FIGURE_ROLES)
    if (roles.figures?.[name] === undefined) fail(`缺少 figures.${name}（没有的请写 null）`);
  const keys = new Set(format.fields.map((f) => f.key));
  const need = (role: string, key: FieldKey) => {
    if (!keys.has(key)) fail(`${role} 指向不存在的单元格 ${key}`);
  };
  const apps = roles.applications;
  if (apps) {
    const width = apps.received.applicants.length;
    for (const row of ['received', 'carriedIn', 'resultTotal', 'carriedOut'] as const) {
      if (apps[row].applicants.length !== width) fail(`applications.${row} 的申请人列数与 received 不同`);
      for (const key of [...apps[row].applicants, apps[row].total]) need(`applications.${row}`, key);
    }
    for (const key of apps.results) need('applications.results', key);
    need('applications.disclosed', apps.disclosed);
    need('applications.partlyDisclosed', apps.partlyDisclosed);
    if (apps.unpaidFee) need('applications.unpaidFee', apps.unpaidFee);
  }
  for (const [group, row] of Object.entries(roles.appeals ?? {}) as [string, AppealRow][]) {
    for (const [name, key] of Object.entries(row) as [string, FieldKey][]) need(`appeals.${group}.${name}`, key);
  }
  for (const name of FIGURE_ROLES) for (const key of roles.figures?.[name] ?? []) need(`figures.${name}`, key);
  if (roles.proactiveTable !== null && !format.tables.some((t) => t.key === roles.proactiveTable)) {
    fail(`proactiveTable 指向不存在的表 ${String(roles.proactiveTable)}`);
  }
  for (const [edition, pairs] of Object.entries(roles.fromEdition ?? {})) {
    const sources = registered.filter((f) => f.edition === edition);
    if (sources.length === 0) fail(`fromEdition 的版本 ${edition} 没有已登记的格式`);
    for (const [from, to] of pairs) {
      if (!sources.some((f) => f.fields.some((x) => x.key === from)))
        fail(`fromEdition.${edition} 的来源 ${from} 不存在`);
      need(`fromEdition.${edition}`, to);
    }
  }
}

/** The fields of a figure, or null where the format has none. */
export function figureFields(format: FormatDef, role: FigureRole): readonly FieldKey[] | null {
  return format.roles.figures[role];
}

/** A figure's value from computed values (`computeAll`); undefined where the format has no such figure. */
export function figureValue(
  format: FormatDef,
  role: FigureRole,
  values: ReadonlyMap<FieldKey, number>,
): number | undefined {
  const fields = figureFields(format, role);
  if (!fields) return undefined;
  return fields.reduce((s, f) => s + (values.get(f) ?? 0), 0);
}

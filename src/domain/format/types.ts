/**
 * A report format as data. Everything the grid, the rules, the exporter and the importer know about a
 * table comes from these definitions; a provincial variant is another value of `FormatDef`, not new code.
 */

/** How a cell's value is read, checked and written. */
export type ValueKind = 'count' | 'signedCount' | 'money';

/** `${table}.${row}.${col}`: the one identity of a value cell, used by storage, rules, grid and files. */
export type FieldKey = string;

export interface FieldDef {
  key: FieldKey;
  table: string;
  row: string;
  col: string;
  kind: ValueKind;
  /** Computed cells are never typed in: they are the sum of `sumOf`. */
  sumOf?: readonly FieldKey[];
  /** Printed row labels from the outermost group to the row itself, character for character. */
  rowLabels: readonly string[];
  /** Printed column labels from the outermost header to the column itself (empty for one-value rows). */
  colLabels: readonly string[];
  /** Short name used in rule messages, e.g. `一、本年新收`. */
  short: string;
  /** Unit word printed beside the value (件, 条, 万元 …), when the format prints one. */
  unit?: string;
}

/** One printed cell of a table, 0-based within the table, with its merge. */
export interface LayoutCell {
  r: number;
  c: number;
  rowSpan?: number;
  colSpan?: number;
  /** A printed label; `header` marks column-header and section cells (bold, centred). */
  label?: string;
  header?: boolean;
  /** A value cell. */
  field?: FieldKey;
}

export interface TableDef {
  key: string;
  /** Section heading printed above the table, e.g. `二、主动公开政府信息情况`. */
  heading: string;
  rowCount: number;
  colCount: number;
  cells: readonly LayoutCell[];
  /** Relative column widths in characters, for the sheet and the grid. */
  colWidths: readonly number[];
  /** Rows printed as header rows (repeated at the top of a printed page). */
  headerRows: number;
  /** Wide tables print landscape. */
  landscape: boolean;
}

/** One side of a comparison: a signed sum of fields, read from this year's report or the prior year's. */
export interface Term {
  field: FieldKey;
  sign?: 1 | -1;
  /** `prior` reads last year's report (X rules); `stated` reads the figure a file printed for a computed cell. */
  source?: 'current' | 'prior' | 'stated';
}

export type Severity = 'error' | 'warning';

export interface RuleDef {
  /** Rule id from the spec (O1, S1 …); several RuleDefs share an id when a rule applies per column. */
  id: string;
  severity: Severity;
  /** Errors that a clerk may explain instead of fixing (X1). Warnings are always explainable. */
  explainable?: boolean;
  /** `equal`: Σleft = Σright. `atMost`: Σleft ≤ Σright. */
  compare: 'equal' | 'atMost';
  left: readonly Term[];
  right: readonly Term[];
  /** Where the check applies, named in the message, e.g. `自然人列`. */
  scope?: string;
  /** Label for a side when the field names would be too long, e.g. `（七）总计`. */
  leftLabel?: string;
  rightLabel?: string;
  /** Appended to the message, to say why the rule exists. */
  hint?: string;
  /** Warning rules that read the unit's kind (T3) apply only to these kinds. */
  unitKinds?: readonly UnitKind[];
}

export type UnitKind =
  | '部门'
  | '乡镇街道'
  | '区县政府本级'
  | '设区的市政府本级'
  | '省级政府本级'
  /** The area total (全区 / 全市): normally a consolidation, or figures received as a whole (old reports). */
  | '区域汇总'
  | '其他';

export interface FormatDef {
  /** Stable id, e.g. `national-2021`; stored with every report. */
  id: string;
  /** Printed name of the format, e.g. `2021年版（国办公开办函〔2021〕30号）`. */
  name: string;
  variant: string;
  /** The variant's name as the workspace setting offers it (`某省格式`); the national formats leave it out. */
  variantName?: string;
  /** The national edition the format belongs to (`2021`, `2019`, `legacy`): variants of one edition share it. */
  edition: string;
  /** First and last data year the format applies to (inclusive); `to` undefined means still current. */
  years: { from: number; to?: number };
  tables: readonly TableDef[];
  fields: readonly FieldDef[];
  rules: readonly RuleDef[];
  /** A note printed under a table (the 勾稽 relation), keyed by table. */
  notes?: Readonly<Record<string, string>>;
  /** The fields that carry a meaning the app uses; every module reads these, never a field key of its own. */
  roles: FormatRoles;
}

/** A row of the applications table by meaning: its cell in each applicant column (自然人 first) and its 总计. */
export interface ApplicationRow {
  applicants: readonly FieldKey[];
  total: FieldKey;
}

/** Table 三 (收到和处理政府信息公开申请情况) by meaning. */
export interface ApplicationRoles {
  received: ApplicationRow;
  /** 二、上年结转: filled from last year's `carriedOut` (carry-over, X1). */
  carriedIn: ApplicationRow;
  /** （七）总计 of the results. */
  resultTotal: ApplicationRow;
  carriedOut: ApplicationRow;
  /** The 总计 cell of every result detail row, in printed order (the outcome chart groups them by label). */
  results: readonly FieldKey[];
  /** 总计 of （一）予以公开 and （二）部分公开, quoted by the draft. */
  disclosed: FieldKey;
  partlyDisclosed: FieldKey;
  /** The fee row: applications dropped for unpaid fees (T2, the draft's section 六); null where not printed. */
  unpaidFee: FieldKey | null;
}

/** One group of Table 四 (行政复议, 直接起诉, 复议后起诉) by meaning. */
export interface AppealRow {
  upheld: FieldKey;
  corrected: FieldKey;
  other: FieldKey;
  pending: FieldKey;
  total: FieldKey;
}

export interface AppealRoles {
  review: AppealRow;
  suitDirect: AppealRow;
  suitAfterReview: AppealRow;
}

/** Figures quoted by meaning (dashboard headline figures, the report text's checks). */
export const FIGURE_ROLES = [
  'received',
  'carriedIn',
  'handled',
  'carriedOut',
  'review',
  'suits',
  'licensing',
  'penalty',
  'proactive',
  'proactiveNormativeDocs',
  /** 本年制发 (2019: 新制作) 行政规范性文件: what the report's text says was issued this year. */
  'normativeDocsIssued',
] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/**
 * What a format's fields mean to the app. `null` says the format has no such thing (the legacy table has no
 * carry-over); a role left out is a mistake, refused when the format is registered (`checkFormatRoles`).
 */
export interface FormatRoles {
  applications: ApplicationRoles | null;
  appeals: AppealRoles | null;
  /** Each figure is the sum of its fields; null where the format has no counterpart. */
  figures: Readonly<Record<FigureRole, readonly FieldKey[] | null>>;
  /** The table of 主动公开 figures the draft describes from its own labels. */
  proactiveTable: string | null;
  /**
   * The edition map: how a prior year's fields of another edition (`FormatDef.edition`) land on this format's,
   * as (from, to) pairs. Fields with the same key correspond without a pair; several sources of one target sum.
   */
  fromEdition: Readonly<Record<string, readonly (readonly [from: FieldKey, to: FieldKey])[]>>;
}

/** The values a report holds: input fields only; blank (absent or null) is kept distinct from 0. */
export type Values = Readonly<Record<FieldKey, number | null | undefined>>;

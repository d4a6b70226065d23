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
  /** The national edition the format belongs to (`2021`, `2019`, `legacy`): variants of one edition share it. */
  edition: string;
  /** First and last data year the format applies to (inclusive); `to` undefined means still current. */
  years: { from: number; to?: number };
  tables: readonly TableDef[];
  fields: readonly FieldDef[];
  rules: readonly RuleDef[];
  /** A note printed under a table (the 勾稽 relation), keyed by table. */
  notes?: Readonly<Record<string, string>>;
}

/** The values a report holds: input fields only; blank (absent or null) is kept distinct from 0. */
export type Values = Readonly<Record<FieldKey, number | null | undefined>>;

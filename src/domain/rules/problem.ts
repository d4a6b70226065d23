import type { FieldKey, FormatDef, Severity, UnitKind, Values } from '../format/types';

/** One failed check, ready to show: which rule, how bad, which cells, and a Chinese message with the numbers. */
export interface Problem {
  /** Stable across edits of the values: explanations are stored under it. */
  key: string;
  ruleId: string;
  severity: Severity;
  /** A clerk may explain it instead of fixing it (every warning, and X1). */
  explainable: boolean;
  /** This year's cells involved, for highlighting and focusing. */
  cells: readonly FieldKey[];
  message: string;
}

/** What a rule may read besides the report's own values. */
export interface CheckContext {
  /** Last year's report of the same unit: turns on X1 and X2 where its format has the rows compared. */
  prior?: { format: FormatDef; values: Values };
  /** Figures a file printed in computed cells (imports): turns on S1–S3 and the legacy sum checks on them. */
  stated?: Values;
  unitKind?: UnitKind;
}

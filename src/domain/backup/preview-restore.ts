/**
 * What restoring a backup would change, shown before anything is stored: per unit new / same / changed (with
 * what changes), per report (unit + year) new / identical / differs (each cell old → new, with the printed
 * labels of the format; its text and received file versions too) / only in the workspace.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldDef, FieldKey, FormatDef, Values } from '../format/types';
import { formatById } from '../formats/registry';
import type { Backup, BackupReport } from './backup-shape';
import { reportKeyOf } from './backup-shape';
import { unitChanges } from './unit-changes';
import { ExtrasComparison, type PartPreview, type TextLike, type VersionLike } from './preview-extras';
import { mappedParentId, matchUnits, mergedUnit, targetUnitId, type UnitLike, type UnitMatch } from './match-units';

/** The fields of a stored report that a backup compares. */
export interface ReportLike {
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  values: Values;
  stated?: Values;
  explanations: Readonly<Record<string, string>>;
  status: string;
}

export interface CurrentWorkspace {
  units: readonly UnitLike[];
  reports: readonly ReportLike[];
  reportTexts?: readonly TextLike[];
  receivedVersions?: readonly VersionLike[];
}

export interface UnitPreview {
  /** The backup unit's id: what a merge's `takeUnits` holds. */
  key: string;
  name: string;
  status: 'new' | 'same' | 'changed';
  /** The workspace's unit it was matched to. */
  current?: { id: string; name: string; by: 'id' | 'name' };
  /** What taking it changes, e.g. `名称：区教体局 → 区教育局`. */
  changes: string[];
}

export interface CellDiff {
  field: FieldKey;
  /** The cell as rule messages name it, e.g. `一、本年新收（自然人）`. */
  name: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  old: number | null;
  new: number | null;
}

export type ReportPreviewStatus = 'new' | 'identical' | 'differs' | 'onlyInCurrent';

export interface ReportPreview {
  /** The backup report's id (a merge's `take` holds it); for `onlyInCurrent` the workspace's report id. */
  key: string;
  /** The backup unit it belongs to (absent for `onlyInCurrent`). */
  unitKey?: string;
  unitName: string;
  year: number;
  status: ReportPreviewStatus;
  cells: CellDiff[];
  /** Differences besides cells: status, format, explanations, printed totals, text, received versions. */
  other: string[];
}

export interface RestorePreview {
  units: UnitPreview[];
  reports: ReportPreview[];
  /** Units of the workspace the file does not mention (a replace removes them, a merge keeps them). */
  unitsOnlyInCurrent: { id: string; name: string }[];
  counts: {
    units: Record<UnitPreview['status'], number>;
    reports: Record<ReportPreviewStatus, number>;
  };
  texts: PartPreview;
  receivedVersions: PartPreview;
  /** The office's receipts and rosters the file carries (absent in files written before they were backed up). */
  office: { inFile: boolean; receipts: number; rosters: number };
}

export function previewRestore(current: CurrentWorkspace, backup: Backup): RestorePreview {
  const matches = matchUnits(current.units, backup.units);
  const units = backup.units
    .map((u) => previewUnit(matches.get(u.id) ?? { backup: u }, matches, current.units))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const currentReports = new Map(current.reports.map((r) => [r.id, r]));
  const reached = new Set<string>();
  const reports: ReportPreview[] = [];
  const extras = new ExtrasComparison(backup, current);
  for (const report of backup.reports) {
    const match = matches.get(report.unitId);
    const targetId = reportKeyOf(targetUnitId(match, report.unitId), report.year);
    reached.add(targetId);
    const unitName = match?.current?.name ?? match?.backup.name ?? report.unitId;
    const existing = currentReports.get(targetId);
    const notes = extras.notesFor(report.id, targetId, !existing);
    reports.push(previewReport(report, existing, unitName, notes));
  }
  const unitNames = new Map(current.units.map((u) => [u.id, u.name]));
  for (const report of current.reports) {
    if (reached.has(report.id)) continue;
    const unitName = unitNames.get(report.unitId) ?? report.unitId;
    reports.push({ key: report.id, unitName, year: report.year, status: 'onlyInCurrent', cells: [], other: [] });
  }
  reports.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') || a.year - b.year);
  const matchedIds = new Set([...matches.values()].flatMap((m) => (m.current ? [m.current.id] : [])));
  const unitsOnlyInCurrent = current.units
    .filter((u) => !matchedIds.has(u.id) && u.deletedAt === undefined)
    .map((u) => ({ id: u.id, name: u.name }));
  const office = {
    inFile: backup.receipts !== undefined || backup.rosters !== undefined,
    receipts: backup.receipts?.length ?? 0,
    rosters: backup.rosters?.length ?? 0,
  };
  return { units, reports, unitsOnlyInCurrent, counts: countsOf(units, reports), ...extras.parts(), office };
}

function previewUnit(match: UnitMatch, matches: ReadonlyMap<string, UnitMatch>, all: readonly UnitLike[]): UnitPreview {
  const { backup, current } = match;
  if (!current || !match.by) return { key: backup.id, name: backup.name, status: 'new', changes: [] };
  const after = mergedUnit(current, backup, mappedParentId(backup, matches, new Set(matches.keys())));
  const changes = unitChanges(current, after, all, matches);
  return {
    key: backup.id,
    name: backup.name,
    status: changes.length > 0 ? 'changed' : 'same',
    current: { id: current.id, name: current.name, by: match.by },
    changes,
  };
}

/** `notes`: what differs in the report's text and received versions (see `ExtrasComparison`). */
function previewReport(
  report: BackupReport,
  current: ReportLike | undefined,
  unitName: string,
  notes: readonly string[],
): ReportPreview {
  const base = { key: report.id, unitKey: report.unitId, unitName, year: report.year };
  const format = formatById(report.formatId);
  if (!current) {
    const cells = format ? cellDiffs(format, undefined, {}, report.values) : [];
    return { ...base, status: 'new', cells, other: [...notes] };
  }
  const oldFormat = formatById(current.formatId);
  const cells = format ? cellDiffs(format, oldFormat, current.values, report.values) : [];
  const other = [...otherDifferences(current, report, oldFormat, format), ...notes];
  const status = cells.length > 0 || other.length > 0 ? 'differs' : 'identical';
  return { ...base, status, cells, other };
}

/** Every input cell whose value changes, in the order of the format (cells only the old format has, last). */
function cellDiffs(format: FormatDef, oldFormat: FormatDef | undefined, before: Values, after: Values): CellDiff[] {
  const diffs: CellDiff[] = [];
  const seen = new Set<FieldKey>();
  const add = (def: FieldDef) => {
    seen.add(def.key);
    const old = before[def.key] ?? null;
    const next = after[def.key] ?? null;
    if (old === next) return;
    diffs.push({
      field: def.key,
      name: cellName(def),
      rowLabels: def.rowLabels,
      colLabels: def.colLabels,
      old,
      new: next,
    });
  };
  for (const def of indexFormat(format).inputs) add(def);
  if (oldFormat && oldFormat !== format)
    for (const def of indexFormat(oldFormat).inputs) if (!seen.has(def.key)) add(def);
  return diffs;
}

function otherDifferences(
  current: ReportLike,
  report: BackupReport,
  oldFormat: FormatDef | undefined,
  format: FormatDef | undefined,
): string[] {
  const other: string[] = [];
  if (current.formatId !== report.formatId) {
    other.push(`格式：${oldFormat?.name ?? current.formatId} → ${format?.name ?? report.formatId}`);
  }
  if (current.status !== report.status) other.push(`状态：${current.status} → ${report.status}`);
  if (!sameRecord(current.explanations, report.explanations)) other.push('情况说明不同');
  if (!sameRecord(current.stated ?? {}, report.stated ?? {})) other.push('导入文件所填的合计数不同');
  return other;
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? null) !== (b[key] ?? null)) return false;
  return true;
}

function countsOf(units: readonly UnitPreview[], reports: readonly ReportPreview[]): RestorePreview['counts'] {
  const u = { new: 0, same: 0, changed: 0 };
  for (const unit of units) u[unit.status] += 1;
  const r = { new: 0, identical: 0, differs: 0, onlyInCurrent: 0 };
  for (const report of reports) r[report.status] += 1;
  return { units: u, reports: r };
}

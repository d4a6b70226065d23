/**
 * Which units and reports of a backup a merge takes. Starts with everything that adds or changes something;
 * choosing a report of a unit the workspace does not have chooses that unit too (the report needs it), and
 * dropping such a unit drops its reports.
 */
import type { RestorePreview } from '@/domain/backup/preview-restore';

export interface Selection {
  units: ReadonlySet<string>;
  reports: ReadonlySet<string>;
}

export function initialSelection(preview: RestorePreview): Selection {
  return {
    units: new Set(preview.units.filter((u) => u.status !== 'same').map((u) => u.key)),
    reports: new Set(preview.reports.filter((r) => r.status === 'new' || r.status === 'differs').map((r) => r.key)),
  };
}

export function toggleReport(preview: RestorePreview, selection: Selection, key: string): Selection {
  const reports = new Set(selection.reports);
  const units = new Set(selection.units);
  if (reports.delete(key)) return { units, reports };
  reports.add(key);
  const unitKey = preview.reports.find((r) => r.key === key)?.unitKey;
  const unit = preview.units.find((u) => u.key === unitKey);
  if (unit?.status === 'new') units.add(unit.key);
  return { units, reports };
}

export function toggleUnit(preview: RestorePreview, selection: Selection, key: string): Selection {
  const units = new Set(selection.units);
  const reports = new Set(selection.reports);
  if (!units.delete(key)) return { units: units.add(key), reports };
  const unit = preview.units.find((u) => u.key === key);
  if (unit?.status === 'new') for (const r of preview.reports) if (r.unitKey === key) reports.delete(r.key);
  return { units, reports };
}

/** Every selectable row at once (the “全选 / 全不选” of the preview). */
export function selectAll(preview: RestorePreview, on: boolean): Selection {
  if (!on) return { units: new Set(), reports: new Set() };
  return {
    units: new Set(preview.units.map((u) => u.key)),
    reports: new Set(preview.reports.filter((r) => r.status !== 'onlyInCurrent').map((r) => r.key)),
  };
}

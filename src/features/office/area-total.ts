/**
 * The area total (全区 / 全市) of a year: the sum of the reports of the units that file into the area
 * (`chooseContributors` + `consolidate`), or, for an old year none of whose units has figures, the area's own
 * report received as a whole. Pure: the consolidation view and its exports read it.
 */
import { chooseContributors } from '@/domain/consolidate/contributors';
import { consolidate, type ConsolidationPart, type ConsolidationResult } from '@/domain/consolidate/consolidate';
import type { FieldKey, FormatDef, UnitKind, Values } from '@/domain/format/types';
import { NATIONAL, consolidationFormat, formatById } from '@/domain/formats/registry';
import { allPartsBlank, computeAll } from '@/domain/rules/compute';
import type { DashboardUnit } from './dashboard-rows';

export interface StoredReport {
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  values: Values;
}

export interface AreaPart extends ConsolidationPart {
  reportId: string;
  unitName: string;
  kind: UnitKind;
}

export interface AreaTotal {
  year: number;
  format: FormatDef;
  values: Values;
  /** `units`: summed from the parts; `whole`: the area's own report (figures received as a total). */
  source: 'units' | 'whole';
  parts: readonly AreaPart[];
  contributions: ConsolidationResult['contributions'];
  unshared: ConsolidationResult['unshared'];
  /** Sub-areas counted through their own total although they have units too. */
  takenWhole: readonly string[];
}

function hasFigures(report: StoredReport | undefined): boolean {
  return !!report && Object.values(report.values).some((v) => v !== null && v !== undefined);
}

export function areaTotal(
  areaId: string,
  units: readonly DashboardUnit[],
  reports: readonly StoredReport[],
  year: number,
  variant: string = NATIONAL,
): AreaTotal | undefined {
  const ofYear = new Map(reports.filter((r) => r.year === year).map((r) => [r.unitId, r]));
  const choice = chooseContributors(areaId, units, (id) => hasFigures(ofYear.get(id)));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const parts: AreaPart[] = [];
  for (const unitId of choice.unitIds) {
    const report = ofYear.get(unitId);
    const format = report ? formatById(report.formatId) : undefined;
    const unit = unitById.get(unitId);
    if (!report || !format || !unit || !hasFigures(report)) continue;
    parts.push({ unitId, format, values: report.values, reportId: report.id, unitName: unit.name, kind: unit.kind });
  }
  const own = ofYear.get(areaId);
  const ownFormat = own ? formatById(own.formatId) : undefined;
  if (parts.length === 0 && own && ownFormat && hasFigures(own)) {
    return {
      year,
      format: ownFormat,
      values: own.values,
      source: 'whole',
      parts: [],
      contributions: new Map(),
      unshared: [],
      takenWhole: [],
    };
  }
  const format = consolidationFormat(year, variant, parts.map((p) => p.format));
  if (!format || parts.length === 0) return undefined;
  const result = consolidate(format, parts);
  return {
    year,
    format,
    values: result.values,
    source: 'units',
    parts,
    contributions: result.contributions,
    unshared: result.unshared,
    takenWhole: choice.takenWhole,
  };
}

export interface Contribution {
  unitId: string;
  unitName: string;
  reportId: string;
  value: number;
}

/** Each part's figure in one cell of the total (a computed cell too), leaving out parts that left it blank. */
export function contributionsTo(total: AreaTotal, field: FieldKey): Contribution[] {
  const out: Contribution[] = [];
  for (const part of total.parts) {
    if (!part.format.fields.some((f) => f.key === field) || allPartsBlank(part.format, part.values, field)) continue;
    const value = computeAll(part.format, part.values).get(field) ?? 0;
    out.push({ unitId: part.unitId, unitName: part.unitName, reportId: part.reportId, value });
  }
  return out;
}

/** Groups for the subtotals table: who the figures come from. */
export const PART_GROUPS: readonly { label: string; kinds: readonly UnitKind[] }[] = [
  { label: '本级', kinds: ['区县政府本级', '设区的市政府本级', '省级政府本级'] },
  { label: '部门', kinds: ['部门'] },
  { label: '乡镇街道', kinds: ['乡镇街道'] },
  { label: '下级区域', kinds: ['区域汇总'] },
  { label: '其他', kinds: ['其他'] },
];

export interface GroupSubtotal {
  label: string;
  units: number;
  values: Values;
}

/** The total split by group (only groups with at least one part), each summed like the total. */
export function groupSubtotals(total: AreaTotal): GroupSubtotal[] {
  return PART_GROUPS.flatMap((group) => {
    const parts = total.parts.filter((p) => group.kinds.includes(p.kind));
    if (parts.length === 0) return [];
    return [{ label: group.label, units: parts.length, values: consolidate(total.format, parts).values }];
  });
}

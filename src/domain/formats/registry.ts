/**
 * Every known format, and the choice of one by (data year, variant): `formatFor` for a report, and
 * `consolidationFormat` for a total. Adding a provincial variant means one definition file and `installFormat`
 * (or an entry in the built-in list); the workspace's variant setting then picks it.
 */
import { checkFormatRoles } from '../format/format-roles';
import { tableLayout } from '../format/table-layout';
import type { FormatDef } from '../format/types';
import { LEGACY_2014 } from './legacy-2014';
import { NATIONAL_2019 } from './national-2019';
import { NATIONAL_2021 } from './national-2021';

export const NATIONAL = 'national';

/**
 * A list of formats to choose from, each checked: a definition whose cells overlap, or whose roles are missing or
 * name cells it lacks, is refused here with the format and the role in the message, not discovered later as an empty chart.
 */
export function registerFormats(formats: readonly FormatDef[]): readonly FormatDef[] {
  for (const f of formats) checkFormat(f, formats);
  return formats;
}

/** A definition is refused when its tables' cells do not tile them or its roles do not resolve. */
function checkFormat(format: FormatDef, registered: readonly FormatDef[]): void {
  for (const table of format.tables) {
    const [fault] = tableLayout(table).faults;
    if (fault) throw new Error(`格式 ${format.id} 的表 ${table.key} 布局有误：${fault}`);
  }
  checkFormatRoles(format, registered);
}

const known: FormatDef[] = [...registerFormats([NATIONAL_2021, NATIONAL_2019, LEGACY_2014])];

/** Every format this program knows: the national ones and any variant added with `installFormat`. */
export const FORMATS: readonly FormatDef[] = known;

/**
 * Adds a provincial variant (or a new revision) to the known formats, checked like the built-in ones. After
 * this, creation, import, export, consolidation and the report text find it by its variant and years.
 */
export function installFormat(format: FormatDef): void {
  if (known.some((f) => f.id === format.id)) throw new Error(`格式 ${format.id} 已登记，不能重复登记`);
  checkFormat(format, [...known, format]);
  known.push(format);
}

/** The variants the known formats name, national first (the workspace setting offers these). */
export function knownVariants(): string[] {
  return [...new Set([NATIONAL, ...known.map((f) => f.variant)])];
}

/** The national variant's name in the workspace setting. */
export const NATIONAL_VARIANT_NAME = '全国统一格式（国务院办公厅）';

/** The variants to choose from, each with the name its formats give it, national first. */
export function variantChoices(): { variant: string; name: string }[] {
  return knownVariants().map((variant) => ({
    variant,
    name:
      variant === NATIONAL
        ? NATIONAL_VARIANT_NAME
        : (known.find((f) => f.variant === variant && f.variantName)?.variantName ?? variant),
  }));
}

export function formatById(id: string, formats: readonly FormatDef[] = FORMATS): FormatDef | undefined {
  return formats.find((f) => f.id === id);
}

/**
 * The format a report of `year` is filled in; a variant without a definition for that year falls back to
 * national. `formats` is the list to choose from (the built-in one unless a caller adds its own definitions).
 */
export function formatFor(
  year: number,
  variant: string = NATIONAL,
  formats: readonly FormatDef[] = FORMATS,
): FormatDef | undefined {
  const covers = (f: FormatDef) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to);
  return (
    formats.find((f) => f.variant === variant && covers(f)) ?? formats.find((f) => f.variant === NATIONAL && covers(f))
  );
}

/**
 * The format a consolidation of `year` is summed into: the format every part shares when they share one (a
 * province's units sum into their own table), else the workspace variant's format of the year.
 */
export function consolidationFormat(
  year: number,
  variant: string,
  parts: readonly FormatDef[],
  formats: readonly FormatDef[] = FORMATS,
): FormatDef | undefined {
  const first = parts[0];
  if (first && parts.every((f) => f.id === first.id)) return first;
  return formatFor(year, variant, formats);
}

/** The first data year any format covers. */
export const FIRST_YEAR = Math.min(...FORMATS.map((f) => f.years.from));

/**
 * Every known format, and the choice of one by (data year, variant). Adding a provincial variant means adding
 * its definition to `FORMATS`; nothing else changes.
 */
import { checkFormatRoles } from '../format/format-roles';
import type { FormatDef } from '../format/types';
import { LEGACY_2014 } from './legacy-2014';
import { NATIONAL_2019 } from './national-2019';
import { NATIONAL_2021 } from './national-2021';

export const NATIONAL = 'national';

/**
 * A list of formats to choose from, each checked: a definition whose roles are missing or name cells it lacks is
 * refused here with the format and the role in the message, not discovered later as an empty chart.
 */
export function registerFormats(formats: readonly FormatDef[]): readonly FormatDef[] {
  for (const f of formats) checkFormatRoles(f, formats);
  return formats;
}

export const FORMATS: readonly FormatDef[] = registerFormats([NATIONAL_2021, NATIONAL_2019, LEGACY_2014]);

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

/** The first data year any format covers. */
export const FIRST_YEAR = Math.min(...FORMATS.map((f) => f.years.from));

/**
 * Names that are probably one unit written two ways: 湛河区民政局 and 平顶山市湛河区民政局 (one contains the
 * other, the rest being place names of the area), or 湛河区民政局 and 湛河区民正局 (a small edit distance).
 * Only offered as "是否为同一单位？"; a person decides.
 */
import { departmentWordOf } from './department-words';
import { normalizeUnitName } from './unit-name';

/** Place words a longer name may add in front of a shorter one: the area's names and ordinary place suffixes. */
const PLACE = /^(.{0,8}?(省|市|区|县))+$/u;

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = prev[j] ?? 0;
      prev[j] = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * Whether two different names look like one unit. `areaNames` are the names of the area being collected
 * (湛河区, 平顶山市): a prefix made of them, or of place words, does not make another unit.
 */
export function isNearName(a: string, b: string, areaNames: readonly string[] = []): boolean {
  const x = normalizeUnitName(a);
  const y = normalizeUnitName(b);
  if (x === '' || y === '' || x === y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.endsWith(short) && short.length >= 3) {
    let prefix = long.slice(0, long.length - short.length);
    for (const area of areaNames.map(normalizeUnitName).filter(Boolean)) prefix = prefix.replace(area, '');
    if (prefix === '' || PLACE.test(prefix)) return true;
  }
  // Two lines of work (财政局 and 民政局) are two departments, however few characters tell them apart.
  const [wordX, wordY] = [departmentWordOf(x), departmentWordOf(y)];
  if (wordX !== undefined && wordY !== undefined && wordX !== wordY) return false;
  // One slip in a name of five characters or more, two in one of ten or more.
  const allowed = short.length >= 10 ? 2 : short.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
}

/** The first of `candidates` near `name` (not equal to it), or undefined. */
export function nearestName<T extends { name: string; aliases?: readonly string[] }>(
  name: string,
  candidates: readonly T[],
  areaNames: readonly string[] = [],
): T | undefined {
  return candidates.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => isNearName(name, n, areaNames)));
}

interface NamedUnit {
  name: string;
  aliases?: readonly string[];
  kind: string;
}

/** The names an area may be written with in front of its units' names: 湛河区（本级） also as 湛河区. */
export function areaNamesOf(areas: readonly { name: string }[]): string[] {
  return areas.flatMap((a) => [a.name, a.name.replace(/[（(].*$/u, '')]);
}

/**
 * The reporting unit (not an area total) whose name or alias is near `name`, where the names of `areas` in front
 * of a name do not make another unit. The one policy of the importer, the roster and the units page.
 */
export function nearReportingUnit<T extends NamedUnit>(
  name: string,
  units: readonly T[],
  areas: readonly { name: string }[],
): T | undefined {
  return nearestName(
    name,
    units.filter((u) => u.kind !== '区域汇总'),
    areaNamesOf(areas),
  );
}

/**
 * A list of unit names as the office pastes it: one per line, or a column copied from Excel (tab-separated
 * cells, the name in the first one). Numbering (“1.”, “（一）”), a header 单位名称 and repeats are dropped.
 */
import type { UnitKind } from '../format/types';
import { kindFromName } from './kind-from-name';
import { cleanUnitName, normalizeUnitName } from './unit-name';

export interface PastedUnit {
  name: string;
  kind: UnitKind;
}

const NUMBERING = /^(\d+[.、．）)]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*/u;
const HEADER = /^(序号|单位|单位名称|填报单位|名称)$/u;

export function parseRosterPaste(text: string): PastedUnit[] {
  const seen = new Set<string>();
  const out: PastedUnit[] = [];
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const cells = line.split('\t').map(cleanUnitName);
    // A copied table may put a 序号 column first: the name is the first cell that is not a bare number.
    const raw = cells.find((c) => c !== '' && !/^\d+$/u.test(c)) ?? '';
    const name = cleanUnitName(raw.replace(NUMBERING, '').replace(/^["“]|["”]$/gu, ''));
    if (name === '' || HEADER.test(name)) continue;
    const key = normalizeUnitName(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, kind: kindFromName(name) });
  }
  return out;
}

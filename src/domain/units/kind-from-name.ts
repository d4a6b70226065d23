/** The kind a pasted name most likely has: 街道/乡/镇/办事处 at its end mean a 乡镇街道, anything else a 部门. */
import type { UnitKind } from '../format/types';
import { cleanUnitName } from './unit-name';

const TOWNSHIP_ENDING = /(街道|街道办事处|办事处|乡|镇)$/u;

export function kindFromName(name: string): UnitKind {
  return TOWNSHIP_ENDING.test(cleanUnitName(name).replace(/[（(][^）)]*[）)]$/u, '')) ? '乡镇街道' : '部门';
}

/** Rules on Table 二 of the 2021 format (X2, T3), shared by every variant of that format. */
import type { RuleDef, UnitKind } from '../format/types';

/** Units below a 设区的市 government do not make 规章 (T3). */
export const KINDS_WITHOUT_REGULATIONS: readonly UnitKind[] = ['部门', '乡镇街道', '区县政府本级'];

export function tableTwoRules2021(): RuleDef[] {
  const validCarryOver = (row: string, name: string): RuleDef => ({
    id: 'X2',
    severity: 'warning',
    compare: 'equal',
    scope: name,
    leftLabel: '现行有效件数',
    left: [{ field: `t2.${row}.valid` }],
    rightLabel: '上年现行有效件数 + 本年制发件数 − 本年废止件数',
    right: [
      { field: `t2.${row}.valid`, source: 'prior' },
      { field: `t2.${row}.issued` },
      { field: `t2.${row}.repealed`, sign: -1 },
    ],
  });
  const noRegulations: RuleDef = {
    id: 'T3',
    severity: 'warning',
    compare: 'atMost',
    unitKinds: KINDS_WITHOUT_REGULATIONS,
    leftLabel: '规章 本年制发 + 本年废止 + 现行有效',
    left: [
      { field: 't2.regulations.issued' },
      { field: 't2.regulations.repealed' },
      { field: 't2.regulations.valid' },
    ],
    rightLabel: '0',
    right: [],
    hint: '设区的市以下的部门、乡镇街道和区县政府一般不制定规章，请核实',
  };
  return [validCarryOver('regulations', '规章'), validCarryOver('normativeDocs', '行政规范性文件'), noRegulations];
}

/**
 * Builder for Table 四 (行政复议、行政诉讼情况), identical in the 2019 trial and 2021 formats: one printed
 * value row of 15 cells, three groups of four results and a computed 总计 each. Yields its S3 rules.
 */
import { fieldKey } from '../format/field-key';
import type { AppealRoles, AppealRow, FieldDef, LayoutCell, RuleDef, TableDef } from '../format/types';

const TABLE = 't4';
const RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
] as const;
const TOTAL = { key: 'total', label: '总计' } as const;
const GROUPS = [
  { key: 'review', labels: ['行政复议'], short: '行政复议' },
  { key: 'suitDirect', labels: ['行政诉讼', '未经复议直接起诉'], short: '未经复议直接起诉' },
  { key: 'suitAfterReview', labels: ['行政诉讼', '复议后起诉'], short: '复议后起诉' },
] as const;

export function buildAppealsTable(heading: string) {
  const cells: LayoutCell[] = [
    { r: 0, c: 0, colSpan: 5, label: '行政复议', header: true },
    { r: 0, c: 5, colSpan: 10, label: '行政诉讼', header: true },
    ...[...RESULTS, TOTAL].map((res, i) => ({ r: 1, c: i, rowSpan: 2, label: res.label, header: true })),
    { r: 1, c: 5, colSpan: 5, label: '未经复议直接起诉', header: true },
    { r: 1, c: 10, colSpan: 5, label: '复议后起诉', header: true },
    ...[5, 10].flatMap((start) =>
      [...RESULTS, TOTAL].map((res, i) => ({ r: 2, c: start + i, label: res.label, header: true })),
    ),
  ];
  const fields: FieldDef[] = [];
  const rules: RuleDef[] = [];
  GROUPS.forEach((group, g) => {
    [...RESULTS, TOTAL].forEach((res, i) => {
      const key = fieldKey(TABLE, group.key, res.key);
      cells.push({ r: 3, c: g * 5 + i, field: key });
      const isTotal = res.key === TOTAL.key;
      fields.push({
        key,
        table: TABLE,
        row: group.key,
        col: res.key,
        kind: 'count',
        rowLabels: [],
        colLabels: [...group.labels, res.label],
        short: `${group.short}${res.label}`,
        ...(isTotal ? { sumOf: RESULTS.map((r) => fieldKey(TABLE, group.key, r.key)) } : {}),
      });
    });
    rules.push({
      id: 'S3',
      severity: 'error',
      compare: 'equal',
      scope: group.short,
      leftLabel: '表中所填总计',
      left: [{ field: fieldKey(TABLE, group.key, TOTAL.key), source: 'stated' }],
      rightLabel: '维持 + 纠正 + 其他 + 尚未审结',
      right: RESULTS.map((r) => ({ field: fieldKey(TABLE, group.key, r.key) })),
    });
  });
  const table: TableDef = {
    key: TABLE,
    heading,
    rowCount: 4,
    colCount: 15,
    cells,
    colWidths: Array.from({ length: 15 }, () => 6),
    headerRows: 3,
    landscape: true,
  };
  const row = (group: string): AppealRow => ({
    upheld: fieldKey(TABLE, group, 'upheld'),
    corrected: fieldKey(TABLE, group, 'corrected'),
    other: fieldKey(TABLE, group, 'other'),
    pending: fieldKey(TABLE, group, 'pending'),
    total: fieldKey(TABLE, group, TOTAL.key),
  });
  const roles: AppealRoles = {
    review: row('review'),
    suitDirect: row('suitDirect'),
    suitAfterReview: row('suitAfterReview'),
  };
  return { table, fields, rules, roles };
}

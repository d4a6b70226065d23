/**
 * Builder for Table 三 (收到和处理政府信息公开申请情况), shared by the 2019 trial and the 2021 format, which
 * differ only in the rows of （六）其他处理. It also yields the table's rules (O1, S1, S2, S5, X1) as data.
 */
import { fieldKey } from '../format/field-key';
import type { ApplicationRoles, ApplicationRow, FieldDef, LayoutCell, RuleDef, TableDef } from '../format/types';

export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
] as const;
const TOTAL_COL = { key: 'total', label: '总计' } as const;
const LEGAL_PERSON_GROUP = '法人或其他组织';
const APPLICANT_GROUP = '申请人情况';
const RESULTS_LABEL = '三、本年度办理结果';
export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export interface ResultGroup {
  /** Label of the group, e.g. `（三）不予公开`. */
  label: string;
  /** Detail rows; a group without details is itself one detail row (e.g. `（一）予以公开`). */
  rows?: readonly { key: string; label: string }[];
  /** Row key when the group is a single row. */
  key?: string;
  /** Name in messages when the printed label is long, e.g. `（二）部分公开`. */
  short?: string;
}

const TABLE = 't3';
const LABEL_COLS = 3;
const HEADER_ROWS = 3;

/** `unpaidFeeRow`: the detail row of applications dropped for unpaid fees, where the format prints one. */
export function buildApplicationsTable(heading: string, groups: readonly ResultGroup[], unpaidFeeRow?: string) {
  const cols = [...APPLICANT_COLUMNS, TOTAL_COL];
  const cells: LayoutCell[] = [
    { r: 0, c: 0, rowSpan: 3, colSpan: 3, label: APPLICATIONS_NOTE, header: true },
    { r: 0, c: 3, colSpan: 7, label: APPLICANT_GROUP, header: true },
    { r: 1, c: 3, rowSpan: 2, label: APPLICANT_COLUMNS[0].label, header: true },
    { r: 1, c: 4, colSpan: 5, label: LEGAL_PERSON_GROUP, header: true },
    { r: 1, c: 9, rowSpan: 2, label: TOTAL_COL.label, header: true },
    ...APPLICANT_COLUMNS.slice(1).map((col, i) => ({ r: 2, c: 4 + i, label: col.label, header: true })),
  ];
  const fields: FieldDef[] = [];
  let r = HEADER_ROWS;

  const addValueRow = (rowKey: string, rowLabels: string[], short: string) => {
    for (const [i, col] of cols.entries()) {
      const key = fieldKey(TABLE, rowKey, col.key);
      cells.push({ r, c: LABEL_COLS + i, field: key });
      fields.push({
        key,
        table: TABLE,
        row: rowKey,
        col: col.key,
        kind: 'count',
        rowLabels,
        colLabels: colLabelsOf(col.key, col.label),
        short,
        ...(col.key === TOTAL_COL.key ? { sumOf: APPLICANT_COLUMNS.map((a) => fieldKey(TABLE, rowKey, a.key)) } : {}),
      });
    }
    r += 1;
  };
  const wholeRow = (rowKey: string, label: string, short: string) => {
    cells.push({ r, c: 0, colSpan: LABEL_COLS, label });
    addValueRow(rowKey, [label], short);
  };

  wholeRow('received', '一、本年新收政府信息公开申请数量', '一、本年新收');
  wholeRow('carriedIn', '二、上年结转政府信息公开申请数量', '二、上年结转');

  const resultsStart = r;
  const detailKeys: string[] = [];
  for (const group of groups) {
    if (group.rows) {
      cells.push({ r, c: 1, rowSpan: group.rows.length, label: group.label });
      for (const row of group.rows) {
        cells.push({ r, c: 2, label: row.label });
        detailKeys.push(row.key);
        addValueRow(row.key, [RESULTS_LABEL, group.label, row.label], `${group.label}${row.label}`);
      }
    } else {
      const rowKey = group.key ?? '';
      cells.push({ r, c: 1, colSpan: 2, label: group.label });
      detailKeys.push(rowKey);
      addValueRow(rowKey, [RESULTS_LABEL, group.label], group.short ?? group.label);
    }
  }
  const totalLabel = '（七）总计';
  cells.push({ r, c: 1, colSpan: 2, label: totalLabel });
  const totalRowStart = fields.length;
  addValueRow('totalHandled', [RESULTS_LABEL, totalLabel], totalLabel);
  // （七）总计 of each applicant column is the sum of the detail rows; its 总计 cell stays the row sum.
  for (const f of fields.slice(totalRowStart)) {
    if (f.col !== TOTAL_COL.key) {
      (f as { sumOf?: readonly string[] }).sumOf = detailKeys.map((k) => fieldKey(TABLE, k, f.col));
    }
  }
  cells.push({ r: resultsStart, c: 0, rowSpan: r - resultsStart, label: RESULTS_LABEL });
  wholeRow('carriedOut', '四、结转下年度继续办理', '四、结转下年度');

  const table: TableDef = {
    key: TABLE,
    heading,
    rowCount: r,
    colCount: LABEL_COLS + cols.length,
    cells,
    colWidths: [6, 10, 34, 8, 8, 8, 8, 8, 6, 8],
    headerRows: HEADER_ROWS,
    landscape: true,
  };
  const shortOfRow = new Map(fields.map((f) => [f.row, f.short]));
  return {
    table,
    fields,
    rules: applicationRules(detailKeys, shortOfRow),
    roles: applicationRoles(detailKeys, unpaidFeeRow),
  };
}

function applicationRoles(detailKeys: readonly string[], unpaidFeeRow: string | undefined): ApplicationRoles {
  const total = (row: string) => fieldKey(TABLE, row, TOTAL_COL.key);
  const row = (key: string): ApplicationRow => ({
    applicants: APPLICANT_COLUMNS.map((a) => fieldKey(TABLE, key, a.key)),
    total: total(key),
  });
  return {
    received: row('received'),
    carriedIn: row('carriedIn'),
    resultTotal: row('totalHandled'),
    carriedOut: row('carriedOut'),
    results: detailKeys.map(total),
    disclosed: total('disclosed'),
    partlyDisclosed: total('partlyDisclosed'),
    unpaidFee: unpaidFeeRow ? total(unpaidFeeRow) : null,
  };
}

function colLabelsOf(colKey: string, label: string): string[] {
  if (colKey === 'natural' || colKey === TOTAL_COL.key) return [APPLICANT_GROUP, label];
  return [APPLICANT_GROUP, LEGAL_PERSON_GROUP, label];
}

function applicationRules(detailKeys: readonly string[], shortOfRow: ReadonlyMap<string, string>): RuleDef[] {
  const k = (row: string, col: string) => fieldKey(TABLE, row, col);
  const rules: RuleDef[] = [];
  const allCols = [...APPLICANT_COLUMNS, TOTAL_COL];
  for (const col of allCols) {
    const scope = `${col.label}列`;
    const incoming = [{ field: k('received', col.key) }, { field: k('carriedIn', col.key) }];
    rules.push({
      id: 'O1',
      severity: 'error',
      compare: 'equal',
      scope,
      left: incoming,
      right: [{ field: k('totalHandled', col.key) }, { field: k('carriedOut', col.key) }],
    });
    rules.push({
      id: 'S5',
      severity: 'error',
      compare: 'atMost',
      scope,
      left: [{ field: k('totalHandled', col.key) }],
      right: incoming,
    });
    rules.push({
      id: 'S5',
      severity: 'error',
      compare: 'atMost',
      scope,
      left: [{ field: k('carriedOut', col.key) }],
      right: incoming,
    });
    rules.push({
      id: 'S2',
      severity: 'error',
      compare: 'equal',
      scope,
      leftLabel: '表中所填（七）总计',
      left: [{ field: k('totalHandled', col.key), source: 'stated' }],
      rightLabel: `${detailKeys.length}项办理结果之和`,
      right: detailKeys.map((row) => ({ field: k(row, col.key) })),
    });
    rules.push({
      id: 'X1',
      severity: 'error',
      explainable: true,
      compare: 'equal',
      scope,
      left: [{ field: k('carriedIn', col.key) }],
      rightLabel: '上年度 四、结转下年度',
      right: [{ field: k('carriedOut', col.key), source: 'prior' }],
    });
  }
  for (const row of ['received', 'carriedIn', ...detailKeys, 'totalHandled', 'carriedOut']) {
    rules.push({
      id: 'S1',
      severity: 'error',
      compare: 'equal',
      scope: `${shortOfRow.get(row) ?? row}行`,
      leftLabel: '表中所填总计',
      left: [{ field: k(row, TOTAL_COL.key), source: 'stated' }],
      rightLabel: '六类申请人之和',
      right: APPLICANT_COLUMNS.map((a) => ({ field: k(row, a.key) })),
    });
  }
  return rules;
}

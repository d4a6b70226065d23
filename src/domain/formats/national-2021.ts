/** 《中华人民共和国政府信息公开工作年度报告格式》 国办公开办函〔2021〕30号: data years 2021 onward. */
import type { FormatDef } from '../format/types';
import { APPLICATIONS_NOTE, buildApplicationsTable } from './applications-table';
import { buildAppealsTable } from './appeals-table';
import { buildSectionTable } from './section-table';
import { tableTwoRules2021 } from './table-two-rules';
import { RESULT_GROUPS_BEFORE_OTHER } from './result-groups';
import { LEGACY_TO_2021, TRIAL_TO_2021, nationalRoles } from './national-roles';

const decisions = [{ key: 'decisions', label: '本年处理决定数量', span: 3 }];

const tableTwo = buildSectionTable({
  key: 't2',
  heading: '二、主动公开政府信息情况',
  valueCols: 3,
  colWidths: [26, 16, 16, 16],
  sections: [
    {
      title: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数' },
        { key: 'repealed', label: '本年废止件数' },
        { key: 'valid', label: '现行有效件数' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocs', label: '行政规范性文件' },
      ],
    },
    { title: '第二十条第（五）项', columns: decisions, rows: [{ key: 'licensing', label: '行政许可' }] },
    {
      title: '第二十条第（六）项',
      columns: decisions,
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', span: 3, kind: 'money', unit: '万元' }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
});

const tableThree = buildApplicationsTable('三、收到和处理政府信息公开申请情况', [
  ...RESULT_GROUPS_BEFORE_OTHER,
  {
    label: '（六）其他处理',
    rows: [
      {
        key: 'otherNoCorrection',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      },
      {
        key: 'otherNoFee',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      },
      { key: 'otherOther', label: '3.其他' },
    ],
  },
], 'otherNoFee');

const tableFour = buildAppealsTable('四、政府信息公开行政复议、行政诉讼情况');

export const NATIONAL_2021: FormatDef = {
  id: 'national-2021',
  name: '2021年版（国办公开办函〔2021〕30号）',
  variant: 'national',
  edition: '2021',
  years: { from: 2021 },
  tables: [tableTwo.table, tableThree.table, tableFour.table],
  fields: [...tableTwo.fields, ...tableThree.fields, ...tableFour.fields],
  rules: [...tableTwoRules2021(), ...tableThree.rules, ...tableFour.rules],
  notes: { t3: APPLICATIONS_NOTE },
  roles: nationalRoles(tableThree.roles, tableFour.roles, { '2019': TRIAL_TO_2021, legacy: LEGACY_TO_2021 }, 't2.normativeDocs.issued'),
};

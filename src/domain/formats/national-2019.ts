/** 《中华人民共和国政府信息公开工作年度报告格式（试行）》 国办公开办函〔2019〕60号: data years 2019–2020. */
import type { FormatDef } from '../format/types';
import { APPLICATIONS_NOTE, buildApplicationsTable } from './applications-table';
import { buildAppealsTable } from './appeals-table';
import { buildSectionTable } from './section-table';
import { RESULT_GROUPS_BEFORE_OTHER } from './result-groups';
import { LEGACY_TO_TABLES_THREE_FOUR, nationalRoles } from './national-roles';

const projectColumns = [
  { key: 'prevCount', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', kind: 'signedCount' as const },
  { key: 'decisions', label: '处理决定数量' },
];

const tableTwo = buildSectionTable({
  key: 't2',
  heading: '二、主动公开政府信息情况',
  valueCols: 3,
  colWidths: [26, 16, 16, 16],
  sections: [
    {
      title: '第二十条第（一）项',
      columns: [
        { key: 'newlyMade', label: '本年新制作数量' },
        { key: 'newlyPublished', label: '本年新公开数量' },
        { key: 'publishedTotal', label: '对外公开总数量' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocs', label: '规范性文件' },
      ],
    },
    {
      title: '第二十条第（五）项',
      columns: projectColumns,
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      title: '第二十条第（六）项',
      columns: projectColumns,
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      columns: [
        { key: 'prevCount', label: '上一年项目数量' },
        { key: 'change', label: '本年增/减', kind: 'signedCount', span: 2 },
      ],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      title: '第二十条第（九）项',
      columns: [
        { key: 'projects', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', kind: 'money', span: 2, unit: '万元' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
});

const tableThree = buildApplicationsTable('三、收到和处理政府信息公开申请情况', [
  ...RESULT_GROUPS_BEFORE_OTHER,
  { key: 'otherHandling', label: '（六）其他处理' },
]);

const tableFour = buildAppealsTable('四、政府信息公开行政复议、行政诉讼情况');

export const NATIONAL_2019: FormatDef = {
  id: 'national-2019',
  name: '2019年试行版（国办公开办函〔2019〕60号）',
  variant: 'national',
  edition: '2019',
  years: { from: 2019, to: 2020 },
  tables: [tableTwo.table, tableThree.table, tableFour.table],
  fields: [...tableTwo.fields, ...tableThree.fields, ...tableFour.fields],
  rules: [...tableThree.rules, ...tableFour.rules],
  notes: { t3: APPLICATIONS_NOTE },
  roles: nationalRoles(tableThree.roles, tableFour.roles, { legacy: LEGACY_TO_TABLES_THREE_FOUR }, 't2.normativeDocs.newlyMade'),
};

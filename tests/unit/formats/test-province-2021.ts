/**
 * A provincial variant as a province would add it: the 2021 national tables plus a table of its own with one
 * row and a rule on it. Only data: every module reaches it through the registry and the format's roles.
 */
import { buildSectionTable } from '@/domain/formats/section-table';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { FormatDef } from '@/domain/format/types';

export const TEST_PROVINCE = 'test-province';

const openDays = buildSectionTable({
  key: 't5',
  heading: '五、省定统计项目',
  valueCols: 3,
  colWidths: [26, 16, 16, 16],
  sections: [
    {
      title: '政府开放日',
      columns: [
        { key: 'held', label: '本年举办场次' },
        { key: 'online', label: '其中：线上场次' },
        { key: 'visitors', label: '参加人数' },
      ],
      rows: [{ key: 'openDays', label: '政府开放日活动' }],
    },
  ],
});

export const TEST_PROVINCE_2021: FormatDef = {
  ...NATIONAL_2021,
  id: 'test-province-2021',
  name: '2021年版（测试省补充表）',
  variant: TEST_PROVINCE,
  variantName: '测试省格式',
  tables: [...NATIONAL_2021.tables, openDays.table],
  fields: [...NATIONAL_2021.fields, ...openDays.fields],
  rules: [
    ...NATIONAL_2021.rules,
    {
      id: 'P1',
      severity: 'error',
      compare: 'atMost',
      scope: '政府开放日活动',
      left: [{ field: 't5.openDays.online' }],
      right: [{ field: 't5.openDays.held' }],
    },
  ],
};

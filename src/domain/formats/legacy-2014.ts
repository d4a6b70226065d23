// Placeholder until the legacy definition lands (being written now); keeps the registry compiling.
import type { FormatDef } from '../format/types';

export const LEGACY_2014: FormatDef = {
  id: 'national-legacy',
  name: '2014–2018年《政府信息公开情况统计表》（国办发〔2014〕32号）',
  variant: 'national',
  years: { from: 2014, to: 2018 },
  tables: [],
  fields: [],
  rules: [],
};

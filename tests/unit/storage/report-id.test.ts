import { priorReportIdOf, reportIdOf } from '@/storage/report-summary';

describe('report ids', () => {
  it('names the same unit’s report of the year before from the id alone', () => {
    expect(priorReportIdOf(reportIdOf('3f2a-unit', 2025))).toBe('3f2a-unit:2024');
    expect(priorReportIdOf('no-year')).toBeUndefined();
    expect(priorReportIdOf(':2025')).toBeUndefined();
  });
});

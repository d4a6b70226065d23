import { defaultDataYear, homeCells, homeYears } from '@/app/home-data';

describe('home page data', () => {
  it('shows the previous calendar year and two before it, plus every stored year, newest first', () => {
    const today = new Date(2026, 0, 15);
    expect(defaultDataYear(today)).toBe(2025);
    expect(homeYears([], today)).toEqual([2025, 2024, 2023]);
    expect(homeYears([2017, 2024, 2019], today)).toEqual([2025, 2024, 2023, 2019, 2017]);
  });

  it('turns stored summaries into the states of the dashboard', () => {
    const base = { formatId: 'national-2021', status: '草稿' as const };
    const cells = homeCells([
      { ...base, id: 'a:2025', unitId: 'a', year: 2025, summary: { blank: 166, openErrors: 0, openWarnings: 0 } },
      { ...base, id: 'b:2025', unitId: 'b', year: 2025, summary: { blank: 3, openErrors: 2, openWarnings: 1 } },
      { ...base, id: 'c:2025', unitId: 'c', year: 2025, summary: { blank: 0, openErrors: 0, openWarnings: 1 } },
      { ...base, id: 'd:2025', unitId: 'd', year: 2025, status: '已完成', summary: { blank: 0, openErrors: 0, openWarnings: 0 } },
    ]);
    expect([...cells.values()].map((c) => c.status)).toEqual(['未开始', '有错误', '有警告', '已完成']);
    expect(cells.get('b:2025')?.reportId).toBe('b:2025');
  });
});

import type { RestorePreview } from '@/domain/backup/preview-restore';
import { initialSelection, selectAll, toggleReport, toggleUnit } from '@/features/backup/restore-selection';

const preview: RestorePreview = {
  units: [
    { key: 'new-unit', name: '区卫健委', status: 'new', changes: [] },
    {
      key: 'same-unit',
      name: '区财政局',
      status: 'same',
      changes: [],
      current: { id: 'same-unit', name: '区财政局', by: 'id' },
    },
  ],
  reports: [
    {
      key: 'new-unit:2025',
      unitKey: 'new-unit',
      unitName: '区卫健委',
      year: 2025,
      status: 'new',
      cells: [],
      other: [],
    },
    {
      key: 'same-unit:2025',
      unitKey: 'same-unit',
      unitName: '区财政局',
      year: 2025,
      status: 'identical',
      cells: [],
      other: [],
    },
    { key: 'here:2025', unitName: '区档案馆', year: 2025, status: 'onlyInCurrent', cells: [], other: [] },
  ],
  unitsOnlyInCurrent: [],
  counts: { units: { new: 1, same: 1, changed: 0 }, reports: { new: 1, identical: 1, differs: 0, onlyInCurrent: 1 } },
  texts: { inFile: true, current: 0, changes: 0 },
  receivedVersions: { inFile: true, current: 0, changes: 0 },
  office: { inFile: true, receipts: 0, rosters: 0 },
};

describe('restore selection', () => {
  it('starts with what adds or changes something', () => {
    const s = initialSelection(preview);
    expect([...s.units]).toEqual(['new-unit']);
    expect([...s.reports]).toEqual(['new-unit:2025']);
  });

  it('choosing a report of a new unit chooses the unit; dropping the unit drops its reports', () => {
    const none = selectAll(preview, false);
    const one = toggleReport(preview, none, 'new-unit:2025');
    expect([...one.units]).toEqual(['new-unit']);
    const dropped = toggleUnit(preview, one, 'new-unit');
    expect(dropped.units.size + dropped.reports.size).toBe(0);
    expect([...selectAll(preview, true).reports]).toEqual(['new-unit:2025', 'same-unit:2025']);
  });
});

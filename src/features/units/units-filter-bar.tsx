/** The list's filters: kind, and whether archived and deleted units are shown. */
import type { UnitFilter } from '@/widgets/units/unit-filter';
import { isUnitKind, kindLabel, UNIT_KINDS } from '@/domain/units/unit-kinds';

export function UnitsFilterBar({ filter, onChange }: { filter: UnitFilter; onChange: (f: UnitFilter) => void }) {
  return (
    <div className="units-filters" role="group" aria-label="筛选单位">
      <label>
        类型{' '}
        <select
          value={filter.kind}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ ...filter, kind: isUnitKind(v) ? v : 'all' });
          }}
        >
          <option value="all">全部类型</option>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) => onChange({ ...filter, showArchived: e.target.checked })}
        />
        显示已归档
      </label>
      <label>
        <input
          type="checkbox"
          checked={filter.showDeleted}
          onChange={(e) => onChange({ ...filter, showDeleted: e.target.checked })}
        />
        显示已删除
      </label>
    </div>
  );
}

/**
 * 本次收集: the area and year the office is collecting. New units created by an import are placed under the area
 * and put on its roster; a file of another year is held back until the office says which year it is.
 */
import { areaUnits } from '@/domain/units/unit-kinds';
import type { UnitRow } from '@/storage/db';
import type { Collecting } from '@/state/import-queue-store';

interface Props {
  units: readonly UnitRow[];
  collecting: Collecting | undefined;
  onChange: (collecting: Collecting | undefined) => void;
}

/** The data years offered: the last six before this calendar year (a report is filed the year after). */
function yearChoices(current: number | undefined): number[] {
  const last = new Date().getFullYear() - 1;
  const years = Array.from({ length: 6 }, (_, i) => last - i);
  return current !== undefined && !years.includes(current) ? [current, ...years] : years;
}

export function CollectingBar({ units, collecting, onChange }: Props) {
  const areas = areaUnits(units);
  if (areas.length === 0) return null;
  const year = collecting?.year ?? new Date().getFullYear() - 1;
  return (
    <div className="im-collecting">
      <label>
        本次收集
        <select
          aria-label="本次收集的汇总区域"
          value={collecting?.areaId ?? ''}
          onChange={(e) => onChange(e.target.value ? { areaId: e.target.value, year } : undefined)}
        >
          <option value="">（不指定：只导入文件）</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        年度
        <select
          aria-label="本次收集的年度"
          value={year}
          disabled={!collecting}
          onChange={(e) => collecting && onChange({ areaId: collecting.areaId, year: Number(e.target.value) })}
        >
          {yearChoices(collecting?.year).map((y) => (
            <option key={y} value={y}>
              {y} 年度
            </option>
          ))}
        </select>
      </label>
      {collecting && (
        <span className="im-hint">
          新单位放在所选区域下并加入报送名单；不是 {collecting.year} 年度的文件会先请您确认。
        </span>
      )}
    </div>
  );
}

/** Adds a year column to the home page, for a year not shown yet (an old report to enter or correct). */
import { useState } from 'react';
import { FIRST_YEAR } from '@/domain/formats/registry';

export function YearPicker({ shown, onPick }: { shown: readonly number[]; onPick: (year: number) => void }) {
  const latest = new Date().getFullYear();
  const choices = [];
  for (let y = latest; y >= FIRST_YEAR; y -= 1) if (!shown.includes(y)) choices.push(y);
  const [year, setYear] = useState<number | ''>('');
  if (choices.length === 0) return null;
  return (
    <p className="home-year-picker">
      <label>
        其他年度：
        <select value={year} onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}>
          <option value="">选择年度</option>
          {choices.map((y) => (
            <option key={y} value={y}>
              {y} 年度
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={year === ''}
        onClick={() => {
          if (year !== '') onPick(year);
          setYear('');
        }}
      >
        显示该年度
      </button>
    </p>
  );
}

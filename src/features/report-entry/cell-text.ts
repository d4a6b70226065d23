/** How the cell panel writes times and values: a blank cell is 空白, never an empty string or 0. */
import { formatNumber } from '@/domain/values/money';

export const BLANK_TEXT = '空白';

export function valueText(value: number | null | undefined): string {
  return value === null || value === undefined ? BLANK_TEXT : formatNumber(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-01-31 09:05`, in the browser's own time zone (the clerk's clock). */
export function timeText(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

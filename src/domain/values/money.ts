/** Money is kept in 万元 with at most 4 decimals (元 precision); sums are rounded back to that. */
export const MONEY_DECIMALS = 4;

export function roundMoney(n: number): number {
  return Math.round(n * 10 ** MONEY_DECIMALS) / 10 ** MONEY_DECIMALS;
}

/** Prints a number as a clerk would write it: integers plainly, money without trailing zeros. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(roundMoney(n));
}

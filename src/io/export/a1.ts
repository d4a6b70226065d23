/** A1-style cell addresses, 1-based row and column. */
export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

/**
 * `SUM(...)` over the given cells, with runs of neighbours in one row or one column written as ranges
 * (`SUM(D6:D26)` rather than 21 arguments; Excel allows at most 255).
 */
export function sumFormula(parts: readonly CellRef[]): string {
  const args: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const start = parts[i] as CellRef;
    let j = i;
    const next = (k: number) => parts[k + 1];
    const sameRowRun = (k: number) => next(k)?.row === start.row && next(k)?.col === (parts[k] as CellRef).col + 1;
    const sameColRun = (k: number) => next(k)?.col === start.col && next(k)?.row === (parts[k] as CellRef).row + 1;
    if (sameRowRun(j)) while (sameRowRun(j)) j += 1;
    else while (sameColRun(j)) j += 1;
    const end = parts[j] as CellRef;
    args.push(j === i ? a1(start.row, start.col) : `${a1(start.row, start.col)}:${a1(end.row, end.col)}`);
    i = j + 1;
  }
  return `SUM(${args.join(',')})`;
}

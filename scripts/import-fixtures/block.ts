/** A rectangle of fixture cells with merges and the position of every value cell; rows and columns insertable. */
import type { FieldKey } from '../../src/domain/format/types';
import type { FixtureCell, Merge } from './mini-xlsx';

export interface Pos {
  r: number;
  c: number;
}

export interface Block {
  cells: FixtureCell[][];
  merges: Merge[];
  fields: Map<FieldKey, Pos>;
}

export function emptyBlock(): Block {
  return { cells: [], merges: [], fields: new Map() };
}

export function setCell(block: Block, r: number, c: number, v: FixtureCell): void {
  while (block.cells.length <= r) block.cells.push([]);
  const row = block.cells[r] ?? [];
  while (row.length <= c) row.push(null);
  row[c] = v;
  block.cells[r] = row;
}

export function insertRow(block: Block, at: number, row: FixtureCell[]): void {
  block.cells.splice(at, 0, row);
  for (const m of block.merges) {
    if (m.r0 >= at) {
      m.r0 += 1;
      m.r1 += 1;
    } else if (m.r1 >= at) {
      m.r1 += 1;
    }
  }
  for (const p of block.fields.values()) if (p.r >= at) p.r += 1;
}

export function insertColumn(block: Block, at: number, value: (r: number) => FixtureCell): void {
  block.cells.forEach((row, r) => {
    while (row.length < at) row.push(null);
    row.splice(at, 0, value(r));
  });
  for (const m of block.merges) {
    if (m.c0 >= at) {
      m.c0 += 1;
      m.c1 += 1;
    } else if (m.c1 >= at) {
      m.c1 += 1;
    }
  }
  for (const p of block.fields.values()) if (p.c >= at) p.c += 1;
}

/** Appends `part` below `into`, `gap` blank rows apart; returns the row where `part` starts. */
export function appendBlock(into: Block, part: Block, gap = 0): number {
  const start = into.cells.length + (into.cells.length > 0 ? gap : 0);
  part.cells.forEach((row, r) => row.forEach((v, c) => setCell(into, start + r, c, v)));
  while (into.cells.length < start + part.cells.length) into.cells.push([]);
  for (const m of part.merges) into.merges.push({ r0: m.r0 + start, c0: m.c0, r1: m.r1 + start, c1: m.c1 });
  for (const [key, p] of part.fields) into.fields.set(key, { r: p.r + start, c: p.c });
  return start;
}

export function lineBlock(...lines: FixtureCell[][]): Block {
  const block = emptyBlock();
  lines.forEach((line, r) => line.forEach((v, c) => setCell(block, r, c, v)));
  return block;
}

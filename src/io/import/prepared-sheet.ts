/**
 * A sheet indexed for label lookups: every text cell under its normalised label, the label without trailing
 * remarks, and the label without numbering, so finding a known label is a map lookup, not a scan.
 */
import { normaliseLabel, stripNumbering, stripTrailingRemark } from './normalise-label';
import type { CellPos, CellValue, SheetData } from './workbook-data';

/** Bare labels (numbering dropped) shorter than this are too ambiguous to match on (`其他`, `总计`). */
const MIN_BARE_LENGTH = 4;

export interface LabelHit extends CellPos {
  /** 3 exact, 2 equal without trailing remarks, 1 equal without numbering too. */
  level: 1 | 2 | 3;
}

export class PreparedSheet {
  readonly name: string;
  readonly raw: readonly (readonly CellValue[])[];
  /** Normalised text of each string cell; '' for numbers and empty cells. */
  private readonly norm: string[][];
  private readonly byExact = new Map<string, CellPos[]>();
  private readonly byBase = new Map<string, CellPos[]>();
  private readonly byBare = new Map<string, CellPos[]>();
  /** Answers of `find`: one column label is looked up for every row of its table. */
  private readonly found = new Map<string, readonly LabelHit[]>();

  constructor(sheet: SheetData) {
    this.name = sheet.name;
    this.raw = sheet.cells;
    this.norm = sheet.cells.map((row, r) =>
      Array.from(row, (value, c) => {
        if (typeof value !== 'string') return '';
        const label = normaliseLabel(value);
        if (label !== '') this.index(label, { r, c });
        return label;
      }),
    );
  }

  get rowCount(): number {
    return this.raw.length;
  }

  value(pos: CellPos): CellValue {
    return this.raw[pos.r]?.[pos.c] ?? null;
  }

  label(pos: CellPos): string {
    return this.norm[pos.r]?.[pos.c] ?? '';
  }

  width(r: number): number {
    return this.raw[r]?.length ?? 0;
  }

  isEmpty(pos: CellPos): boolean {
    const v = this.value(pos);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** Cells holding `known` (already normalised), best match first, then in reading order. */
  find(known: string, minLevel: 1 | 2 | 3 = 1): readonly LabelHit[] {
    const key = `${minLevel}${known}`;
    let hits = this.found.get(key);
    if (!hits) {
      hits = this.search(known, minLevel);
      this.found.set(key, hits);
    }
    return hits;
  }

  private search(known: string, minLevel: 1 | 2 | 3): LabelHit[] {
    const hits = new Map<number, LabelHit>();
    const add = (cells: CellPos[] | undefined, level: 1 | 2 | 3) => {
      if (level < minLevel) return;
      for (const pos of cells ?? []) {
        const id = pos.r * 0x10000 + pos.c;
        if ((hits.get(id)?.level ?? 0) < level) hits.set(id, { ...pos, level });
      }
    };
    const base = stripTrailingRemark(known);
    add(this.byExact.get(known), 3);
    add(this.byBase.get(base), 2);
    add(this.byBase.get(known), 2);
    add(this.byExact.get(base), 2);
    const bare = stripNumbering(base);
    if (bare.length >= MIN_BARE_LENGTH) add(this.byBare.get(bare), 1);
    return [...hits.values()].sort((a, b) => b.level - a.level || a.r - b.r || a.c - b.c);
  }

  /** True when the cell's label is `known` or differs from it only by a trailing remark. */
  labelIs(pos: CellPos, known: string): boolean {
    const label = this.label(pos);
    if (label === '') return false;
    return label === known || stripTrailingRemark(label) === stripTrailingRemark(known);
  }

  private index(label: string, pos: CellPos): void {
    push(this.byExact, label, pos);
    const base = stripTrailingRemark(label);
    push(this.byBase, base, pos);
    push(this.byBare, stripNumbering(base), pos);
  }
}

function push(map: Map<string, CellPos[]>, key: string, pos: CellPos): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(pos);
  else map.set(key, [pos]);
}

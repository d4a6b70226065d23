/**
 * Believable small figures for the demo workspace, in the 2021 format, made by a seeded generator so every
 * run of the seed produces the same tables. A table is built consistent (O1, S5 hold; last year's 结转 and
 * 现行有效件数 carry over) and the seed then plants the planned faults on top.
 */
import { indexFormat } from '@/domain/format/format-index';
import type { FieldKey } from '@/domain/format/types';
import { APPLICANT_COLUMNS } from '@/domain/formats/applications-table';
import { formatFor } from '@/domain/formats/registry';

/** mulberry32: tiny, fast and good enough for demo figures; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoProfile {
  seed: number;
  /** New applications this year, about this many in all. */
  applications: number;
  /** Last year's 四、结转下年度 per applicant column (this year's 二、上年结转). */
  carriedIn?: Readonly<Record<string, number>>;
  /** Last year's 现行有效件数 of 行政规范性文件 and 规章. */
  priorValidDocs?: number;
  priorValidRegulations?: number;
  /** Licences, penalties and enforcement decisions scale with the unit's work. */
  decisions: number;
}

/** Result rows a small unit's applications mostly end in, with their weights. */
const RESULT_WEIGHTS: readonly [string, number][] = [
  ['disclosed', 10],
  ['partlyDisclosed', 3],
  ['unableNotHeld', 3],
  ['refusedThirdParty', 1],
  ['refusedProcess', 1],
  ['notHandledPetition', 1],
  ['notHandledRepeat', 1],
  ['otherOther', 1],
];

export function demoValues(profile: DemoProfile): Record<FieldKey, number> {
  const rand = seededRandom(profile.seed);
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const format = formatFor(2021);
  if (!format) throw new Error('2021 format missing');
  const values: Record<FieldKey, number> = {};
  for (const f of indexFormat(format).inputs) values[f.key] = 0;

  // Table 三: most applicants are 自然人, a few are companies; handle all but one or two.
  APPLICANT_COLUMNS.forEach((col, i) => {
    const share = i === 0 ? 0.75 : i === 1 ? 0.15 : 0.025;
    const received = Math.round(profile.applications * share * (0.6 + rand() * 0.8));
    const carriedIn = profile.carriedIn?.[col.key] ?? 0;
    const open = received + carriedIn;
    const carriedOut = open > 4 && rand() < 0.4 ? 1 : 0;
    values[`t3.received.${col.key}`] = received;
    values[`t3.carriedIn.${col.key}`] = carriedIn;
    values[`t3.carriedOut.${col.key}`] = carriedOut;
    const weightSum = RESULT_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    for (let n = 0; n < open - carriedOut; n += 1) {
      let pick = rand() * weightSum;
      const row = RESULT_WEIGHTS.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'disclosed';
      values[`t3.${row}.${col.key}`] = (values[`t3.${row}.${col.key}`] ?? 0) + 1;
    }
  });

  // Table 二: 现行有效件数 carries over (X2 holds); 规章 stay as last year (none for most units).
  const issued = int(4);
  const repealed = Math.min(int(2), profile.priorValidDocs ?? 0);
  values['t2.normativeDocs.issued'] = issued;
  values['t2.normativeDocs.repealed'] = repealed;
  values['t2.normativeDocs.valid'] = (profile.priorValidDocs ?? 10 + int(20)) + issued - repealed;
  values['t2.regulations.valid'] = profile.priorValidRegulations ?? 0;
  values['t2.licensing.decisions'] = Math.round(profile.decisions * (0.5 + rand()));
  values['t2.penalty.decisions'] = Math.round(profile.decisions * 0.3 * rand());
  values['t2.enforcement.decisions'] = int(3);
  values['t2.fees.amount'] = 0;

  // Table 四: now and then a review or a suit.
  if (rand() < 0.5) values['t4.review.upheld'] = 1 + int(1);
  if (rand() < 0.25) values['t4.review.corrected'] = 1;
  if (rand() < 0.2) values['t4.suitDirect.upheld'] = 1;
  return values;
}

/** 四、结转下年度 per applicant column, as next year's 二、上年结转. */
export function carriedOutOf(values: Readonly<Record<FieldKey, number | null>>): Record<string, number> {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, values[`t3.carriedOut.${c.key}`] ?? 0]));
}

/**
 * The demo workspace: a district (湛河区) with its government office, six departments, three 乡镇街道 and the
 * area unit, reports for 2024 and 2025 showing each kind of problem the product finds, and the area's 2017
 * report with the figures of the real example report. Written in one transaction: a demo is there whole or
 * not at all. Never used on the main workspace.
 */
import type { FieldKey, UnitKind } from '@/domain/format/types';
import { ZHANHE_2017 } from '@/domain/examples/zhanhe-2017';
import { ALL_TABLES, openWorkspaceDb, type XxgkDb } from './db';
import { runWrite } from './errors';
import { carriedOutOf, demoValues, type DemoProfile } from './demo-figures';
import { reportsRepo, type CellChange } from './reports-repo';
import { unitsRepo } from './units-repo';

export const DEMO_AUTHOR = '演示数据';
export const DEMO_AREA_NAME = '湛河区（全区）';

/** What the seed plants in 2025, so the demo shows every kind of finding. */
type Plan = 'clean' | 'o1Error' | 'x1Mismatch' | 't3Warning' | 'draftWithBlanks';

interface DemoUnit {
  name: string;
  kind: UnitKind;
  aliases?: string[];
  applications: number;
  decisions: number;
  plan: Plan;
  /** Marked 已完成 in 2024 / 2025 (only where nothing blocks it). */
  complete2024: boolean;
  complete2025: boolean;
}

const demoUnit = (
  name: string,
  kind: UnitKind,
  size: { applications: number; decisions: number },
  plan: Plan,
  complete: [boolean, boolean],
  aliases?: string[],
): DemoUnit => ({
  name,
  kind,
  ...size,
  plan,
  complete2024: complete[0],
  complete2025: complete[1],
  ...(aliases ? { aliases } : {}),
});

export const DEMO_UNITS: readonly DemoUnit[] = [
  demoUnit('湛河区人民政府办公室', '区县政府本级', { applications: 26, decisions: 0 }, 'clean', [true, true]),
  demoUnit('湛河区发展和改革委员会', '部门', { applications: 8, decisions: 40 }, 'clean', [true, false], ['区发改委']),
  demoUnit('湛河区教育局', '部门', { applications: 14, decisions: 12 }, 'x1Mismatch', [true, false]),
  demoUnit('湛河区公安分局', '部门', { applications: 22, decisions: 300 }, 'o1Error', [true, false]),
  demoUnit('湛河区财政局', '部门', { applications: 3, decisions: 0 }, 'clean', [true, true]),
  demoUnit(
    '湛河区人力资源和社会保障局',
    '部门',
    { applications: 18, decisions: 60 },
    'clean',
    [false, true],
    ['区人社局'],
  ),
  demoUnit(
    '湛河区市场监督管理局',
    '部门',
    { applications: 12, decisions: 500 },
    't3Warning',
    [true, false],
    ['区市场监管局'],
  ),
  demoUnit('曹镇乡', '乡镇街道', { applications: 2, decisions: 5 }, 'clean', [true, true], ['曹镇乡人民政府']),
  demoUnit('马庄街道', '乡镇街道', { applications: 1, decisions: 3 }, 'clean', [false, false], ['马庄街道办事处']),
  demoUnit(
    '姚孟街道',
    '乡镇街道',
    { applications: 4, decisions: 2 },
    'draftWithBlanks',
    [true, false],
    ['姚孟街道办事处'],
  ),
];

const T3_EXPLANATION = '经核实，该数据填写无误（演示用说明）。';

/** Seeds the demo when the workspace has no unit yet; returns whether it did. Safe to call on every start. */
export async function seedDemoIfEmpty(db: XxgkDb): Promise<boolean> {
  return runWrite(db, ALL_TABLES, async () => {
    if ((await db.units.count()) > 0) return false;
    await seed(db);
    return true;
  });
}

/**
 * Throws the demo workspace away and seeds it afresh (the "重置演示数据" action). Other tabs showing the demo
 * are told through `onUpgradeElsewhere` and ask for a reload. The main workspace is never touched.
 */
export async function resetDemoWorkspace(): Promise<XxgkDb> {
  const db = openWorkspaceDb('demo');
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await seedDemoIfEmpty(db);
  return db;
}

async function seed(db: XxgkDb): Promise<void> {
  const units = unitsRepo(db);
  const reports = reportsRepo(db);
  const area = await units.create({ name: DEMO_AREA_NAME, kind: '区域汇总', aliases: [ZHANHE_2017.unitName] });
  const legacy = await reports.getOrCreate(area.id, ZHANHE_2017.year);
  await reports.commitCells(legacy.id, toChanges(ZHANHE_2017.values), DEMO_AUTHOR);

  for (const [i, spec] of DEMO_UNITS.entries()) {
    const unit = await units.create({
      name: spec.name,
      kind: spec.kind,
      parentId: area.id,
      ...(spec.aliases ? { aliases: spec.aliases } : {}),
    });
    const base: DemoProfile = {
      seed: 2024 * 100 + i,
      applications: spec.applications,
      decisions: spec.decisions,
      ...(spec.plan === 't3Warning' ? { priorValidRegulations: 1 } : {}),
    };
    const v2024 = demoValues(base);
    const r2024 = await reports.getOrCreate(unit.id, 2024);
    await reports.commitCells(r2024.id, toChanges(v2024), DEMO_AUTHOR);
    if (spec.plan === 't3Warning') await explainAll(db, r2024.id, T3_EXPLANATION);
    if (spec.complete2024) await reports.markComplete(r2024.id);

    const v2025 = plant(
      spec.plan,
      demoValues({
        ...base,
        seed: 2025 * 100 + i,
        carriedIn: carriedOutOf(v2024),
        priorValidDocs: v2024['t2.normativeDocs.valid'] ?? 0,
      }),
    );
    const r2025 = await reports.getOrCreate(unit.id, 2025);
    await reports.commitCells(r2025.id, toChanges(v2025), DEMO_AUTHOR);
    if (spec.complete2025) await reports.markComplete(r2025.id);
  }
}

function toChanges(values: Readonly<Record<FieldKey, number | null | undefined>>): CellChange[] {
  return Object.entries(values)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .map(([field, value]) => ({ field, value, expected: null }));
}

/** Puts this year's planned fault into otherwise consistent figures. */
function plant(plan: Plan, values: Record<FieldKey, number | null>): Record<FieldKey, number | null> {
  const out = { ...values };
  const add = (key: FieldKey, n: number) => (out[key] = (out[key] ?? 0) + n);
  switch (plan) {
    case 'o1Error':
      // One application counted twice among the results: 一 + 二 no longer equals （七） + 四.
      add('t3.disclosed.natural', 1);
      break;
    case 'x1Mismatch':
      // 上年结转 typed as 2 more than last year's 结转下年度; handled ones match, so only X1 fails.
      add('t3.carriedIn.natural', 2);
      add('t3.disclosed.natural', 2);
      break;
    case 'draftWithBlanks':
      // Only Table 三's first rows typed in so far.
      for (const key of Object.keys(out)) if (!/^t3\.(received|carriedIn|disclosed)\./.test(key)) delete out[key];
      break;
    case 't3Warning':
    case 'clean':
      break;
  }
  return out;
}

async function explainAll(db: XxgkDb, reportId: string, text: string): Promise<void> {
  const reports = reportsRepo(db);
  for (const p of (await reports.check(reportId)).problems) {
    if (p.explainable) await reports.setExplanation(reportId, p.key, text, '', 0);
  }
}

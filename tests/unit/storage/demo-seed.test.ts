import { ZHANHE_2017 } from '@/domain/examples/zhanhe-2017';
import { formatFor } from '@/domain/formats/registry';
import { demoValues, seededRandom } from '@/storage/demo-figures';
import { openWorkspaceDb } from '@/storage/db';
import { DEMO_AREA_NAME, DEMO_UNITS, resetDemoWorkspace, seedDemoIfEmpty } from '@/storage/demo-seed';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from './fresh-db';

async function seeded() {
  const db = freshDb();
  expect(await seedDemoIfEmpty(db)).toBe(true);
  const units = unitsRepo(db);
  const reports = reportsRepo(db);
  const idOf = async (name: string) => {
    const unit = await units.findByName(name);
    if (!unit) throw new Error(`demo unit ${name} missing`);
    return unit.id;
  };
  const ruleIds = async (name: string, year: number) =>
    (await reports.check(`${await idOf(name)}:${year}`)).problems.map((p) => p.ruleId);
  return { db, units, reports, idOf, ruleIds };
}

describe('demo seed', () => {
  it('is idempotent: a second call adds nothing', async () => {
    const { db } = await seeded();
    const counts = [await db.units.count(), await db.reports.count(), await db.cellHistory.count()];
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect([await db.units.count(), await db.reports.count(), await db.cellHistory.count()]).toEqual(counts);
    expect(counts[0]).toBe(DEMO_UNITS.length + 1);
    expect(counts[1]).toBe(DEMO_UNITS.length * 2 + 1);
  });

  it('resets the demo workspace to a fresh seed and leaves the main workspace alone', async () => {
    const main = openWorkspaceDb('main');
    await unitsRepo(main).create({ name: '真实单位', kind: '部门' });
    const demo = await resetDemoWorkspace();
    expect(demo).toBe(openWorkspaceDb('demo'));
    expect(demo.name).not.toBe(main.name);
    const extra = await unitsRepo(demo).create({ name: '临时单位', kind: '部门' });
    await resetDemoWorkspace();
    expect(await unitsRepo(demo).get(extra.id)).toBeUndefined();
    expect(await demo.units.count()).toBe(DEMO_UNITS.length + 1);
    expect((await unitsRepo(main).list()).map((u) => u.name)).toEqual(['真实单位']);
    await demo.delete();
    await main.delete();
  });

  it('produces the same figures on every run', () => {
    const profile = { seed: 7, applications: 12, decisions: 30 };
    expect(demoValues(profile)).toEqual(demoValues(profile));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('holds the planned problems and only those', async () => {
    const { ruleIds } = await seeded();
    expect(await ruleIds('湛河区公安分局', 2025)).toContain('O1');
    expect(await ruleIds('湛河区教育局', 2025)).toEqual(['X1', 'X1']);
    expect(await ruleIds('湛河区市场监督管理局', 2025)).toEqual(['T3']);
    expect(await ruleIds('湛河区财政局', 2025)).toEqual([]);
    // Carry-over from 2024 matches for the clean units (X1 and X2 apply and pass).
    expect(await ruleIds('湛河区人力资源和社会保障局', 2025)).toEqual([]);
    for (const spec of DEMO_UNITS)
      expect(await ruleIds(spec.name, 2024)).toEqual(spec.plan === 't3Warning' ? ['T3'] : []);
  });

  it('leaves a draft with blanks, completes a few, and keeps summaries in step', async () => {
    const { reports, idOf } = await seeded();
    const list = [...(await reports.listByYear(2024)), ...(await reports.listByYear(2025))];
    const byUnitYear = new Map(list.map((r) => [`${r.unitId}:${r.year}`, r]));
    const draft = byUnitYear.get(`${await idOf('姚孟街道')}:2025`);
    expect(draft?.status).toBe('草稿');
    expect(draft?.summary.blank).toBeGreaterThan(0);
    const completed = list.filter((r) => r.status === '已完成');
    expect(completed.length).toBe(
      DEMO_UNITS.filter((u) => u.complete2024).length + DEMO_UNITS.filter((u) => u.complete2025).length,
    );
    for (const r of completed) expect(r.summary).toMatchObject({ blank: 0, openErrors: 0, openWarnings: 0 });
    const police = byUnitYear.get(`${await idOf('湛河区公安分局')}:2025`);
    expect(police?.summary.openErrors).toBeGreaterThan(0);
    // Believable sizes: a department has at most a few dozen applications.
    for (const r of list) {
      const report = await reports.getReport(r.id);
      expect(report?.values['t3.received.natural'] ?? 0).toBeLessThanOrEqual(40);
    }
  });

  it('gives the area unit the example report of 2017 in the legacy format', async () => {
    const { reports, idOf, units } = await seeded();
    const areaId = await idOf(DEMO_AREA_NAME);
    expect((await units.get(areaId))?.kind).toBe('区域汇总');
    expect((await units.findByName(ZHANHE_2017.unitName))?.id).toBe(areaId);
    const report = await reports.getReport(`${areaId}:2017`);
    expect(report?.formatId).toBe(formatFor(2017)?.id);
    expect(report?.values).toEqual(ZHANHE_2017.values);
    const children = (await units.list()).filter((u) => u.parentId === areaId);
    expect(children).toHaveLength(DEMO_UNITS.length);
  });
});

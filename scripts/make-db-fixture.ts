/**
 * Writes tests/fixtures/db/v1-workspace.json: a database of schema version 1 with about 20 units and reports
 * over three years in two formats, filled through the repositories as the app fills it. The committed file is
 * what future schema upgrades are tested against, so regenerate it only together with a new schema version
 * (and keep the old file). Run: npx tsx scripts/make-db-fixture.ts
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexFormat } from '@/domain/format/format-index';
import { HUAIAN_2024_STATED, HUAIAN_2024_VALUES } from '@/domain/examples/huaian-2024';
import type { UnitKind } from '@/domain/format/types';
import { formatFor } from '@/domain/formats/registry';
import { commentsRepo } from '@/storage/comments-repo';
import { creditCodeCheckChar } from '@/storage/credit-code';
import { createDb, CURRENT_SCHEMA_VERSION } from '@/storage/db';
import { dumpDb } from '@/storage/db-dump';
import { carriedOutOf, demoValues, seededRandom } from '@/storage/demo-figures';
import { reportsRepo, type CellChange } from '@/storage/reports-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { unitsRepo } from '@/storage/units-repo';

// A fixed clock and fixed ids make the file the same on every run.
let clock = Date.UTC(2025, 0, 15, 1, 0, 0);
Date.now = () => (clock += 1000);
const idBytes = seededRandom(20250115);
Object.defineProperty(globalThis.crypto, 'getRandomValues', {
  value: <T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) for (let i = 0; i < array.length; i += 1) array[i] = Math.floor(idBytes() * 256);
    return array;
  },
  configurable: true,
});

const DEPARTMENTS = [
  '发展和改革委员会',
  '教育局',
  '科学技术和工业信息化局',
  '公安分局',
  '民政局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源分局',
  '住房和城乡建设局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
];
const TOWNS = ['曹镇乡', '北渡街道', '河滨街道', '九里山街道', '马庄街道', '姚孟街道'];

function creditCode(n: number): string {
  const first17 = `11410411${String(n).padStart(8, '0')}X`.slice(0, 17);
  return first17 + (creditCodeCheckChar(first17) ?? '0');
}

function genericValues(year: number, seed: number): Record<string, number> {
  const rand = seededRandom(seed);
  const format = formatFor(year);
  const out: Record<string, number> = {};
  for (const f of indexFormat(format!).inputs) {
    const n = Math.floor(rand() * 7);
    out[f.key] = f.kind === 'signedCount' ? n - 2 : f.kind === 'money' ? n * 0.0125 : n;
  }
  return out;
}

const toChanges = (values: Record<string, number>): CellChange[] =>
  Object.entries(values).map(([field, value]) => ({ field, value, expected: null }));

async function main() {
  const db = createDb('fixture-v1');
  const units = unitsRepo(db);
  const reports = reportsRepo(db);
  await settingsRepo(db).setOperatorName('王晓');
  await settingsRepo(db).setLastBackupAt(Date.UTC(2025, 0, 10));

  const area = await units.create({ name: '湛河区（全区）', kind: '区域汇总', aliases: ['平顶山市湛河区'] });
  const office = await units.create({
    name: '湛河区人民政府办公室',
    kind: '区县政府本级',
    parentId: area.id,
    creditCode: creditCode(1),
    contactPerson: '王晓',
    contactPhone: '0375-0000001',
  });
  const specs: { name: string; kind: UnitKind }[] = [
    ...DEPARTMENTS.map((d): { name: string; kind: UnitKind } => ({ name: `湛河区${d}`, kind: '部门' })),
    ...TOWNS.map((t): { name: string; kind: UnitKind } => ({ name: t, kind: '乡镇街道' })),
  ];
  const ids = [office.id];
  for (const [i, spec] of specs.entries()) {
    const unit = await units.create({
      ...spec,
      parentId: area.id,
      ...(i % 3 === 0 ? { creditCode: creditCode(i + 2) } : {}),
    });
    ids.push(unit.id);
  }

  for (const [i, unitId] of ids.entries()) {
    await reports
      .getOrCreate(unitId, 2020)
      .then((r) => reports.commitCells(r.id, toChanges(genericValues(2020, i)), '王晓'));
    const v2023 = demoValues({ seed: 2023 * 100 + i, applications: 4 + i, decisions: 10 * i });
    const r2023 = await reports.getOrCreate(unitId, 2023);
    await reports.commitCells(r2023.id, toChanges(v2023), '王晓');
    const v2024 = demoValues({
      seed: 2024 * 100 + i,
      applications: 4 + i,
      decisions: 10 * i,
      carriedIn: carriedOutOf(v2023),
      priorValidDocs: v2023['t2.normativeDocs.valid'] ?? 0,
    });
    const r2024 = await reports.getOrCreate(unitId, 2024);
    // One unit leaves Table 四 blank, one got its 2024 figures from a file with printed totals.
    if (i === 5) delete v2024['t4.review.upheld'];
    if (i === 7)
      await reports.importValues(r2024.id, { values: HUAIAN_2024_VALUES, stated: HUAIAN_2024_STATED }, '导入');
    else await reports.commitCells(r2024.id, toChanges(v2024), '李静');
    const check = await reports.check(r2024.id);
    for (const p of check.problems.filter((x) => x.explainable)) {
      await reports.setExplanation(r2024.id, p.key, '已核实，情况属实。', '', 0);
    }
    if (i % 2 === 0 && (await reports.check(r2024.id)).completion.canComplete) await reports.markComplete(r2024.id);
  }
  const firstReport = `${ids[1]}:2024`;
  await commentsRepo(db).add(firstReport, 't3.received.natural', '比上年增加较多，请核实。', '审核员');
  // A cell cleared again: blank (absent) must survive the round trip distinct from 0.
  const cleared = `${ids[3]}:2023`;
  const before = (await reports.getReport(cleared))?.values['t3.received.natural'] ?? null;
  await reports.commitCells(cleared, [{ field: 't3.received.natural', value: null, expected: before }], '王晓');

  // Lifecycle: a rename (alias), an archived unit, a soft-deleted one, and a merged duplicate.
  await units.rename(ids[2]!, '湛河区教育体育局');
  await units.archive(ids[4]!);
  await units.softDelete(ids[10]!);
  const duplicate = await units.create({ name: '湛河区民政局（旧）', kind: '部门', parentId: area.id });
  const dupReport = await reports.getOrCreate(duplicate.id, 2019);
  await reports.commitCells(dupReport.id, toChanges(genericValues(2019, 99)), '王晓');
  await units.merge(duplicate.id, ids[5]!);

  // Keep the history of a few reports only: thousands of rows would add megabytes and test nothing more.
  const keep = new Set([`${ids[0]}:2024`, `${ids[3]}:2023`, `${ids[5]}:2019`, `${ids[2]}:2020`]);
  await db.cellHistory.filter((h) => !keep.has(h.reportId)).delete();

  const dump = await dumpDb(db);
  const target = fileURLToPath(new URL('../tests/fixtures/db/v1-workspace.json', import.meta.url));
  writeFileSync(target, formatDump(dump));
  console.log(
    `schema v${CURRENT_SCHEMA_VERSION}: ${dump.tables.units.length} units, ${dump.tables.reports.length} reports`,
  );
  await db.delete();
}

/** One row per line: readable, and a later regeneration shows as a small diff. */
function formatDump(dump: Awaited<ReturnType<typeof dumpDb>>): string {
  const tables = Object.entries(dump.tables)
    .map(
      ([name, rows]) => `  ${JSON.stringify(name)}: [\n${rows.map((r) => `   ${JSON.stringify(r)}`).join(',\n')}\n  ]`,
    )
    .join(',\n');
  const head = { kind: dump.kind, schemaVersion: dump.schemaVersion, stores: dump.stores };
  return `${JSON.stringify(head, null, 1).replace(/\n}$/, '')},\n "tables": {\n${tables}\n }\n}\n`;
}

await main();

/**
 * The layer rules in eslint.config.js, exercised on small snippets placed (in memory) in each folder: a broken
 * pattern would let forbidden imports through silently, so every rule is shown to fire and to stay quiet.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// The snippets exist only in memory, so the TypeScript project cannot see them: type-aware rules are switched
// off here. The boundary rules need no types and come unchanged from eslint.config.js.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

interface Reported {
  ruleId: string | null;
  message: string;
}

async function lint(filePath: string, code: string): Promise<Reported[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse the snippet for ${filePath}: ${fatal.message}`);
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const boundaryRules = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

async function boundaryViolations(filePath: string, code: string): Promise<Reported[]> {
  return (await lint(filePath, code)).filter((m) => m.ruleId !== null && boundaryRules.has(m.ruleId));
}

/** At least one report, and every report comes from `rule` (a source can break two library rules at once). */
function expectReportedBy(reported: Reported[], rule: string): void {
  expect(reported.length).toBeGreaterThan(0);
  expect(new Set(reported.map((m) => m.ruleId))).toEqual(new Set([rule]));
}

// `export ... from` is linted like an import and needs no unused-variable noise.
const reexport = (source: string) => `export * from '${source}';\n`;

describe('src/domain stays pure', () => {
  const file = 'src/domain/rules/lint-probe.ts';

  it.each([
    'react',
    'react-dom/client',
    'dexie',
    'dexie-react-hooks',
    'ag-grid-community',
    'xlsx',
    'exceljs',
    'zustand',
    '@/storage/db',
    '@/io/export/writer',
    '@/widgets/entry-grid/table-grid',
    '@/features/report-entry/report-page',
    '@/app/workspace',
    '@/state/undo-store',
    '../../storage/db',
    '../../app',
  ])('refuses an import of %s', async (source) => {
    const reported = await boundaryViolations(file, reexport(source));
    expectReportedBy(reported, 'no-restricted-imports');
  });

  it('refuses a lazy import() of a spreadsheet library', async () => {
    const reported = await boundaryViolations(file, "export const load = () => import('xlsx');\n");
    expectReportedBy(reported, 'no-restricted-syntax');
  });

  it.each(['window', 'document', 'navigator', 'indexedDB', 'localStorage'])(
    'refuses the DOM global %s',
    async (name) => {
      const reported = await boundaryViolations(file, `export const probe = () => ${name};\n`);
      expectReportedBy(reported, 'no-restricted-globals');
    },
  );

  it('accepts its own modules', async () => {
    const code = "export * from '../format/types';\nexport * from '@/domain/values/money';\n";
    expect(await boundaryViolations(file, code)).toEqual([]);
  });
});

describe('each library stays in its layer', () => {
  it.each([
    ['src/features/report-entry/probe.ts', 'dexie'],
    ['src/features/report-entry/probe.ts', 'xlsx'],
    ['src/features/report-entry/probe.ts', 'ag-grid-community'],
    ['src/app/probe.ts', 'ag-grid-react'],
    ['src/app/probe.ts', 'dexie'],
    ['src/state/probe.ts', 'dexie'],
    ['src/io/probe.ts', 'react'],
    ['src/io/probe.ts', 'dexie'],
    ['src/storage/probe.ts', 'react'],
    ['src/storage/probe.ts', 'dexie-react-hooks'],
    ['src/storage/probe.ts', 'xlsx'],
    ['src/storage/live-hooks.ts', 'exceljs'],
  ])('%s may not import %s', async (file, source) => {
    const reported = await boundaryViolations(file, reexport(source));
    expectReportedBy(reported, 'no-restricted-imports');
  });

  it('catches a lazy import() of exceljs outside src/io', async () => {
    const reported = await boundaryViolations('src/features/probe.ts', "export const w = () => import('exceljs');\n");
    expectReportedBy(reported, 'no-restricted-syntax');
  });

  it.each([
    ['src/storage/db.ts', 'dexie'],
    ['src/storage/live-hooks.ts', 'react'],
    ['src/storage/live-hooks.ts', 'dexie-react-hooks'],
    ['src/storage/use-report.ts', 'react'],
    ['src/io/export/probe.ts', 'xlsx'],
    ['src/io/export/probe.ts', 'exceljs'],
    ['src/widgets/entry-grid/probe.ts', 'ag-grid-community'],
    ['src/widgets/entry-grid/probe.ts', 'ag-grid-react'],
    ['src/features/report-entry/probe.ts', 'react'],
    ['src/state/probe.ts', 'zustand'],
  ])('%s may import %s', async (file, source) => {
    expect(await boundaryViolations(file, reexport(source))).toEqual([]);
  });
});

describe('lower layers do not reach up', () => {
  it.each([
    ['src/storage/probe.ts', '@/features/report-entry/report-page'],
    ['src/storage/probe.ts', '@/app/workspace'],
    ['src/storage/probe.ts', '../app/workspace'],
    ['src/io/probe.ts', '@/widgets/entry-grid/table-grid'],
    ['src/io/export/probe.ts', '../../app/workspace'],
    ['src/state/probe.ts', '@/widgets/entry-grid/table-grid'],
    ['src/state/probe.ts', '@/features/report-entry/report-page'],
    ['src/widgets/entry-grid/probe.ts', '@/app/workspace'],
    ['src/widgets/entry-grid/probe.ts', '@/features/report-entry/report-page'],
    ['src/widgets/shared/probe.ts', '@/features/office/office-page'],
  ])('%s may not import %s', async (file, source) => {
    const reported = await boundaryViolations(file, reexport(source));
    expectReportedBy(reported, 'no-restricted-imports');
  });

  it.each([
    ['src/features/office/probe.ts', '@/features/report-entry/report-page'],
    ['src/features/report-entry/probe.ts', '@/features/import/import-page'],
    ['src/features/report-entry/probe.ts', '../import/import-page'],
    ['src/features/units/probe.ts', '../office/office-page'],
  ])('the screen %s may not import the screen %s', async (file, source) => {
    const reported = await boundaryViolations(file, reexport(source));
    expectReportedBy(reported, 'no-restricted-imports');
  });

  it('a screen may import its own modules, widgets and the layers below', async () => {
    const code = [
      './report-page',
      '@/widgets/entry-grid/table-grid',
      '@/widgets/shared/notice-list',
      '@/state/undo-store',
      '@/storage/reports-repo',
    ]
      .map(reexport)
      .join('');
    expect(await boundaryViolations('src/features/report-entry/probe.ts', code)).toEqual([]);
  });

  it('src/app composes the screens', async () => {
    expect(await boundaryViolations('src/app/probe.ts', reexport('@/features/office/office-page'))).toEqual([]);
  });

  it('tests may import any layer', async () => {
    const code = "export * from 'dexie';\nexport * from 'xlsx';\nexport * from '@/app/workspace';\n";
    expect(await boundaryViolations('tests/unit/probe.test.ts', code)).toEqual([]);
  });
});

describe('the browser floor (package.json browserslist)', () => {
  it('reports an API that Safari 14 lacks', async () => {
    const reported = await lint('src/app/probe.ts', 'export const copy = (v: object) => structuredClone(v);\n');
    expect(reported.filter((m) => m.ruleId === 'compat/compat').map((m) => m.message)).toEqual([
      expect.stringContaining('structuredClone') as string,
    ]);
  });
});

// @ts-check
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Libraries that belong to exactly one layer. Each entry is matched against the import string; dynamic
 * `import()` is checked too because lazily loaded chunks (xlsx, exceljs) would otherwise slip past.
 */
const LIBS = {
  react: {
    regex: '^(react|react-dom|dexie-react-hooks)(/.*)?$',
    message: 'React belongs to src/widgets, src/features and src/app, and in src/storage to hook files (*-hooks.ts, use-*.ts).',
  },
  dexie: {
    regex: '^dexie(-react-hooks)?(/.*)?$',
    message: 'Dexie is used only in src/storage: call its repositories and hooks instead.',
  },
  sheets: {
    regex: '^(xlsx|exceljs|docx|pdfjs-dist|parse5)(/.*)?$',
    message: 'Spreadsheet and document libraries are used only in src/io: call its readers and writers instead.',
  },
  grid: {
    regex: '^ag-grid-',
    message: 'ag-grid is used only in src/widgets/entry-grid.',
  },
  zustand: {
    regex: '^zustand(/.*)?$',
    message: 'src/domain holds no UI state: stores live in src/state.',
  },
};

/** `@/storage/x` as well as `../storage/x` or `../../storage` (relative paths can reach another layer too). */
function layerPattern(layers) {
  return {
    regex: `^(@/|(\\.\\.?/)+)(${layers.join('|')})(/|$)`,
    message:
      'Layers depend downward only (domain → storage/io → state → widgets → features → app): ' +
      `this folder may not import ${layers.map((l) => `src/${l}`).join(', ')}.`,
  };
}

/** From one screen into another: `@/features/…` or a relative path up and into a sibling folder. */
const OTHER_FEATURE = {
  regex: '^(@/features/|\\.\\./)',
  message:
    'A screen in src/features does not import another screen: move what both need to src/widgets ' +
    '(or lower), or let src/app compose them.',
};

/**
 * One complete boundary rule set for a folder. Flat config replaces (not merges) a rule's options when several
 * objects match a file, so each object lists everything forbidden for its files and later objects are the more
 * specific folders.
 */
function boundaries(name, { files, ignores = [], libs, layers = [], otherFeatures = false }) {
  const specs = libs.map((lib) => LIBS[lib]);
  const patterns = [...specs, ...(layers.length > 0 ? [layerPattern(layers)] : [])];
  if (otherFeatures) patterns.push(OTHER_FEATURE);
  return {
    name: `boundaries/${name}`,
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': [
        'error',
        ...specs.map((spec) => ({
          // esquery regex literals cannot contain '/', so it is written as \x2F.
          selector: `ImportExpression[source.value=/${spec.regex.replaceAll('/', '\\x2F')}/]`,
          message: spec.message,
        })),
      ],
    },
  };
}

const STORAGE_HOOK_FILES = [
  'src/storage/**/*-hooks.ts',
  'src/storage/**/*-hooks.tsx',
  'src/storage/**/use-*.ts',
  'src/storage/**/use-*.tsx',
];
const SRC = ['src/**/*.ts', 'src/**/*.tsx'];

export default defineConfig(
  globalIgnores(['dist/', 'dev-dist/', 'coverage/', 'test-results/', 'playwright-report/', 'tests/e2e/.tmp/', '.cache/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'project/typed',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is outside the TypeScript project.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'project/browser',
    files: SRC,
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node',
    files: ['src/cli/**', 'tests/**', 'scripts/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.vitest } },
  },
  {
    ...reactHooks.configs.flat['recommended-latest'],
    name: 'project/react-hooks',
    files: ['src/**/*.tsx', 'src/**/*.ts'],
  },
  {
    ...compat.configs['flat/recommended'],
    name: 'project/browser-floor',
    // The floor is package.json "browserslist" (Chrome/Edge 109, Firefox 115, Safari 14).
    files: SRC,
    ignores: ['src/cli/**'],
  },

  // Layer boundaries (only for src/; tests and scripts may import anything).
  boundaries('src', { files: SRC, libs: ['dexie', 'sheets', 'grid'] }),
  // A screen never imports another screen: what two of them share is a widget (src/widgets).
  boundaries('features', {
    files: ['src/features/**'],
    libs: ['dexie', 'sheets', 'grid'],
    layers: ['app'],
    otherFeatures: true,
  }),
  boundaries('widgets', { files: ['src/widgets/**'], libs: ['dexie', 'sheets', 'grid'], layers: ['features', 'app'] }),
  boundaries('entry-grid', { files: ['src/widgets/entry-grid/**'], libs: ['dexie', 'sheets'], layers: ['features', 'app'] }),
  boundaries('state', {
    files: ['src/state/**'],
    libs: ['dexie', 'sheets', 'grid'],
    layers: ['widgets', 'features', 'app'],
  }),
  boundaries('storage', {
    files: ['src/storage/**'],
    ignores: STORAGE_HOOK_FILES,
    libs: ['react', 'sheets', 'grid'],
    layers: ['state', 'widgets', 'features', 'app'],
  }),
  boundaries('storage-hooks', {
    files: STORAGE_HOOK_FILES,
    libs: ['sheets', 'grid'],
    layers: ['state', 'widgets', 'features', 'app'],
  }),
  boundaries('io', {
    files: ['src/io/**'],
    libs: ['react', 'dexie', 'grid'],
    layers: ['state', 'widgets', 'features', 'app'],
  }),
  boundaries('cli', {
    files: ['src/cli/**'],
    libs: ['react', 'dexie', 'sheets', 'grid'],
    layers: ['state', 'widgets', 'features', 'app'],
  }),
  boundaries('domain', {
    files: ['src/domain/**'],
    libs: ['react', 'dexie', 'sheets', 'grid', 'zustand'],
    layers: ['storage', 'io', 'state', 'widgets', 'features', 'app'],
  }),
  {
    name: 'boundaries/domain-globals',
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'src/domain is pure: it runs in Node, workers and tests, without a DOM or storage.',
        })),
      ],
    },
  },
);

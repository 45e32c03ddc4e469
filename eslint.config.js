import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node built-ins and node-only packages: the core must not load them. */
const NODE_ONLY = ['node:*', 'fs', 'fs/*', 'path', 'os', 'url', 'worker_threads', 'child_process', 'module', 'cosmiconfig', 'fast-glob', 'picomatch', 'exceljs', 'iconv-lite'];
/** The node-facing folders under src/. */
const NODE_FACING = ['node', 'cli', 'config', 'discovery', 'formatters', 'import'];
const NODE_FACING_FILES = ['fs-atomic', 'package-root'];

/**
 * A core layer: no node built-in, no node-facing folder, and none of the layers above it
 * (`above`), except as types; test files are exempt (they may drive the linter end to end).
 */
function coreLayer(files, above, extraPatterns = []) {
  const folders = [...NODE_FACING, ...above].map((folder) => `**/src/${folder}/**`);
  const relativeFolders = [...NODE_FACING, ...above].flatMap((folder) => [`../${folder}/*`, `./${folder}/*`]);
  return [
    {
      files,
      ignores: ['**/*.test.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: NODE_ONLY, message: 'the core runs anywhere: node-only code belongs in src/node (or another node-facing layer)' },
              {
                group: [...folders, ...relativeFolders, ...NODE_FACING_FILES.map((f) => `**/${f}.js`)],
                allowTypeImports: true,
                message: 'this layer may not import a layer above it or a node-facing one (see docs/architecture.md)',
              },
              ...extraPatterns,
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', 'fixtures/plugins/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // Layers (docs/architecture.md): document → analysis → engine → rules form a core that runs
  // anywhere; src/node (files, workers, the PerfLint facade), config, import, formatters and cli
  // face node. A wrong import fails `npm run lint`. Type-only imports vanish at run time and are allowed.
  ...coreLayer(['src/document/**/*.ts'], ['analysis', 'engine']),
  ...coreLayer(['src/analysis/**/*.ts'], ['engine']),
  ...coreLayer(['src/engine/**/*.ts', 'src/i18n.ts', 'src/ajv.ts', 'src/text-distance.ts'], []),
  ...coreLayer(['rules/index.ts'], []),
  ...coreLayer(['rules/*/**/*.ts'], [], [{ regex: '^\\.\\./(?!\\.\\./)', message: 'a rule never imports another rule: shared knowledge belongs in src/analysis' }]),
  // The clerk's page and what only it shares with the node layers run in a browser (esbuild's
  // platform 'browser' fails on the rest): no node built-in, no node-only package but exceljs.
  {
    files: ['src/web/**/*.ts', 'src/import/annotate-workbook.ts', 'src/config/layers.ts', 'src/config/derived-presets.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_ONLY.filter((name) => name !== 'exceljs'), message: 'this runs in the browser (the clerk\'s page): no node-only code' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

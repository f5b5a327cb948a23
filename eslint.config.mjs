// ESLint flat config: typescript-eslint, react-hooks, and the layering rules of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './lint/layers.mjs';

/** Web APIs that plain Node has as well: core/ may use these (URL parsing in the link policy ...). */
const portableGlobals = new Set([
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'console',
  'setTimeout',
  'clearTimeout',
  'queueMicrotask',
  'structuredClone',
  'AbortController',
  'AbortSignal',
]);
/** DOM and Node globals (everything not ECMAScript and not portable): core/ may use none of them. */
const hostGlobals = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
].filter((name) => !(name in globals.es2025) && !portableGlobals.has(name));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-output/**',
      'bin/**',
      'scripts/**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Every layer crossing, on every import form (static, re-export, dynamic, require): lint/layers.mjs.
    files: ['{core,node,cli,electron}/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': ['error', { root: import.meta.dirname }] },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...hostGlobals.map((name) => ({
          name,
          message: 'core/ is pure TypeScript: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: [
      'electron/**/*.ts',
      'node/**/*.ts',
      'cli/**/*.ts',
      'test/**/*.ts',
      'scripts/**/*.ts',
      'lint/**/*.mjs',
      '*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);

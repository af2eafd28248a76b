// ESLint flat config: typescript-eslint (type-aware), Lit and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import compat from 'eslint-plugin-compat';

export default tseslint.config(
  { ignores: ['dist/', 'site-dist/', 'node_modules/', 'custom-elements.json', 'types/jsx.d.ts', 'test/consumers/fixtures/', 'test/consumers/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      // Feed text is always text: no raw HTML sinks in the elements.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is always text.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text is always text: build DOM with Lit templates.' },
        { property: 'outerHTML', message: 'Feed text is always text.' },
      ],
    },
  },
  {
    // What the elements and the feed core run in the browser: only APIs the
    // support policy's browsers have (package.json "browserslist").
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    ...compat.configs['flat/recommended'],
  },
  {
    // The schema interpreter walks untyped JSON: `any` is its honest type there.
    files: ['src/feed/check.ts', 'src/feed/reader.ts', 'src/feed/read.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'test/**/*.node.test.ts', 'test/cli/*.ts', '*.config.*', 'test/**/*.mjs', 'build/**/*.mjs', 'build/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

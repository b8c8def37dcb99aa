// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'url',
  'stream',
];

/** Process boundaries (ARCHITECTURE.md, style rule 5). */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        ...nodeBuiltins,
        'react',
        'react-*',
        'react/*',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: no electron, node or React imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'],
        'The renderer talks to the main process only through window.api.',
      ),
      // The native pickers follow the OS language (mm/dd/yyyy, AM/PM on an English Windows).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='type'][value.value=/^(date|datetime-local|time|month|week)$/]",
          message:
            'Use DateField / DateInput (components/dates): DD.MM.YYYY and 24-hour time in every locale.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'tests/**/*.ts', 'benchmarks/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);

import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'bench/results', 'bench/fixtures', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Imports flow one way: lib/data → features → app. Features never import each other's internals
    // except through publications ← profile being independent, and nothing imports from app.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    rules: {
      // A circle of imports hides which module owns what (search's types once lived in its entry).
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features', from: './src/app' },
            { target: './src/data', from: ['./src/features', './src/app'] },
            { target: './src/lib', from: ['./src/features', './src/app', './src/data'] },
            { target: './src/i18n', from: ['./src/features', './src/app', './src/data'] },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Text from a profile is always rendered as text: no raw HTML, however it is spelled.
    files: ['**/*.{ts,tsx,js,jsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: dangerouslySetInnerHTML is not allowed.',
        },
        {
          selector:
            "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
          message:
            'Render text as text: dangerouslySetInnerHTML is not allowed (not even via props objects).',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Set textContent, not innerHTML/outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML parses HTML: build nodes or set textContent instead.',
        },
      ],
    },
  },
  {
    // zod is the tools' source of truth and the forgiving reader's, loaded on demand; a value
    // imported from it anywhere else would put it back into the page's first view (decision 004).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/data/profile-schema.ts',
      'src/data/salvage*.ts',
      'src/data/site-schema.ts',
      'src/**/*.test.{ts,tsx}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod/mini',
              message: 'zod stays out of the page (decision 004).',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['**/profile-schema'],
              allowTypeImports: true,
              message:
                'Values from profile-schema bring zod into the page: use schema-constants, patterns or owner-names (types are fine).',
            },
          ],
        },
      ],
    },
  },
);

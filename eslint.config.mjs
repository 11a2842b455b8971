// `npm run lint` (part of npm test). Rules chosen for the problems they catch, not for style:
// Prettier owns formatting (eslint-config-prettier turns the overlapping rules off).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  { plugins: { 'import-x': importX } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    settings: {
      // @crm/* and @seeds/* through the root tsconfig's paths (the backoffice's @crm/contracts is the same mapping).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.cjs', '.json', '.node'],
          conditionNames: ['types', 'node', 'import', 'require', 'default'],
          tsconfig: { configFile: `${root}tsconfig.json` },
        }),
      ],
    },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Types from outside are checked at the edge (DTOs, parsers); `any` in between is allowed where a library forces it.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-extraneous-dependencies': ['error', { includeTypes: false }],
      'import-x/no-unresolved': 'error',
      // Control characters in a regex are how input is cleaned of them (imports, file names).
      'no-control-regex': 'off',
    },
  },
  {
    // The pipeline owns target, landing and stage_change: these libraries read them only through
    // its query module (`@crm/pipeline/reads`, or `@crm/pipeline` above it), never by SQL of their own.
    files: ['libs/{chain-map,firms,claims,carriers,candidates,projects,reminders,contacts,imports}/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal', 'TemplateElement'].map((node) => ({
          selector: `${node}[${node === 'Literal' ? 'value' : 'value.raw'}=/\\b(from|join|update|into)\\s+(target|landing|stage_change)\\b/i]`,
          message: 'target, landing and stage_change belong to the pipeline: read them through @crm/pipeline/reads.',
        })),
        {
          selector: 'CallExpression[callee.property.name=/^(from|update|insert|delete)$/] > Literal[value=/^(target|landing|stage_change)$/]',
          message: 'target, landing and stage_change belong to the pipeline: read them through @crm/pipeline/reads.',
        },
      ],
    },
  },
  {
    // Tests and dev scripts may use devDependencies; product code may not (checked above).
    files: ['test/**', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'scripts/**', 'seeds/**', 'apps/admin/**', 'jest.config.js', 'libs/devenv/**'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: true }], 'no-useless-assignment': 'off' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    // Plain scripts (Node) and the service worker: no type information here, and their globals
    // (Buffer, self, caches …) are many; TypeScript checks the .ts code's names instead.
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-undef': 'off' },
  },
  prettier,
);

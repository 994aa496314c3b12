// Next's own rules plus one boundary rule: lib never imports app, and the UI (lib/ui) never
// touches the database client. Layers are named by folder so a new file falls into one by itself.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import boundaries from 'eslint-plugin-boundaries';

const layers = [
  { type: 'app', pattern: ['app/**', 'proxy.ts', 'instrumentation.ts'], mode: 'full' },
  { type: 'ui', pattern: ['lib/ui/**'], mode: 'full' },
  { type: 'db', pattern: ['lib/db/**'], mode: 'full' },
  { type: 'lib', pattern: ['lib/**'], mode: 'full' },
  { type: 'scripts', pattern: ['scripts/**'], mode: 'full' },
  { type: 'tests', pattern: ['tests/**', '*.config.ts'], mode: 'full' },
];

const config = [
  { ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', '.data/**', 'public/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'boundaries/include': ['app/**', 'lib/**', 'scripts/**', 'tests/**', 'proxy.ts', 'instrumentation.ts', '*.config.ts'],
      'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' }, node: true },
    },
    rules: {
      // A leading underscore marks a value taken apart only to leave it out.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      'boundaries/element-types': [
        'error',
        {
          default: 'allow',
          rules: [
            { from: ['lib', 'db', 'ui'], disallow: ['app', 'scripts', 'tests'], message: 'lib/ must not import from ${dependency.type}/: move the shared part into lib/' },
            { from: ['ui'], disallow: ['db'], message: 'lib/ui renders; it reads data through lib/ functions, never the database client' },
          ],
        },
      ],
      'boundaries/external': [
        'error',
        { default: 'allow', rules: [{ from: ['ui'], disallow: ['pg', '@prisma/client', '@prisma/adapter-pg'], message: 'lib/ui must not use a database client' }] },
      ],
    },
  },
  {
    // Message catalogues are one anonymous object per language by design.
    files: ['lib/i18n/messages/**'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    // Playwright fixtures and test helpers are called `use…`, which the hooks rules mistake for React's.
    files: ['tests/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // One FormData reader (lib/http/form.ts) and no casts of what a form sent (decision 0830).
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: "No 'as never': type the input through the use case's schema (formEnum, z.input)." },
        { selector: "CallExpression[callee.object.name='form'][callee.property.name=/^(get|getAll)$/]", message: 'Read forms with lib/http/form.ts (formText, formTexts, formBool, formFiles).' },
      ],
    },
  },
  {
    // A console page's permission is stated once, in lib/auth/console-pages.ts (decision 0840).
    files: ['app/console/**/page.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: "No 'as never': type the input through the use case's schema (formEnum, z.input)." },
        { selector: "CallExpression[callee.object.name='form'][callee.property.name=/^(get|getAll)$/]", message: 'Read forms with lib/http/form.ts (formText, formTexts, formBool, formFiles).' },
        { selector: "CallExpression[callee.name='requireActor']", message: "Pages guard themselves with requirePageActor('/console/...'): the permission is the page's line in CONSOLE_PAGES." },
      ],
    },
  },
];

export default config;

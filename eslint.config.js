// ESLint: typescript-eslint's recommended rules plus what house-style.md asks, each rule with a
// message that says why it exists. A rule that is only written down is a wish.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const core = 'packages/core/src';
const features = [
  'access',
  'audit',
  'intake',
  'hashbank',
  'crawler',
  'takedown',
  'blocklist',
  'referral',
  'review',
  'tipline',
  'system',
];
// The composition root and the application shells: they import features, never the reverse.
const rootFiles = ['context.ts', 'http-app.ts', 'jobs.ts', 'start.ts', 'error-catalogue.ts', 'restore.ts', 'index.ts'];

const why = {
  feature:
    'A feature imports another only through its index.ts, so each feature can change inside without breaking the others.',
  platform: 'platform/ is domain-free plumbing: features depend on it, never the other way round.',
  root: 'The composition root (context.ts, http-app.ts, jobs.ts...) builds the features; a feature is handed what it needs and never reaches back up.',
  hashing: 'packages/hashing is pure: it may not depend on the rest of Vigie.',
  console: 'The console talks to the server only through its HTTP API.',
  env: 'Read settings only in platform/config.ts: config is parsed once, and every bad value is listed at start.',
  clock:
    'Take the time from the `now` you were given (ServiceDeps.now): one clock, which tests can fix. Only platform/ reads the wall clock.',
  sql: 'Queries live in *.repository.ts (or *.tables.ts, migrations, platform/db): services say what, repositories say how.',
  fastify: 'Services and repositories never see HTTP: routes parse and serialise, services throw AppErrors with codes.',
};

const processEnv = { selector: "MemberExpression[object.name='process'][property.name='env']", message: why.env };
const wallClock = { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: why.clock };
const queryBuilders = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
  'selectNoFrom',
];
const queries = {
  selector: `CallExpression[callee.property.name=/^(${queryBuilders.join('|')})$/]`,
  message: why.sql,
};
const dataFiles = [
  `${core}/**/*.repository.ts`,
  `${core}/**/*.tables.ts`,
  `${core}/migrations/**`,
  '**/*.test.ts',
  '**/*.test-helpers.ts',
  '**/*.worker-fixture.ts',
];
const unconfined = [
  '**/config.ts',
  'scripts/**',
  'bench/**',
  '**/*.test.ts',
  'packages/testkit/**',
  'apps/server/bin/**',
  'apps/server/src/cli/**',
  'apps/server/src/main.ts',
  '**/vite.config.ts',
];

// Features and the root reach other features through their index.ts only, at any depth.
const featureZones = features.flatMap((f) => [
  ...features
    .filter((other) => other !== f)
    .map((other) => ({
      target: `${core}/${f}`,
      from: `${core}/${other}`,
      except: ['./index.ts'],
      message: why.feature,
    })),
  ...rootFiles.map((file) => ({
    target: `${core}/${file}`,
    from: `${core}/${f}`,
    except: ['./index.ts'],
    message: why.feature,
  })),
]);
// platform/ knows no feature and no part of the root; features never reach up to the root.
// (Tests may: they use the public surface, @vigie/core, which is the root's index.ts.)
const layerZones = [
  ...features.map((f) => ({ target: `${core}/platform`, from: `${core}/${f}`, message: why.platform })),
  ...rootFiles.map((file) => ({ target: `${core}/platform`, from: `${core}/${file}`, message: why.platform })),
  ...features.flatMap((f) =>
    rootFiles.map((file) => ({ target: `${core}/${f}`, from: `${core}/${file}`, message: why.root })),
  ),
];

export default tseslint.config(
  {
    // The OpenAPI client types are generated (npm run docs:openapi) and checked by a test.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '.tmp/**',
      'test-results/**',
      '**/test/fixtures/**',
      'packages/contract/src/openapi.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json'] })],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', processEnv],
      'max-lines': ['error', { max: 400 }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...featureZones, ...layerZones] }],
    },
  },
  // Which files may read the wall clock or build queries (later blocks override earlier ones).
  { files: [`${core}/**/*.ts`], rules: { 'no-restricted-syntax': ['error', processEnv, wallClock, queries] } },
  { files: [`${core}/platform/**/*.ts`], rules: { 'no-restricted-syntax': ['error', processEnv, queries] } },
  { files: [`${core}/platform/db/**/*.ts`], rules: { 'no-restricted-syntax': ['error', processEnv] } },
  {
    files: dataFiles,
    ignores: [`${core}/platform/**`],
    rules: { 'no-restricted-syntax': ['error', processEnv, wallClock] },
  },
  {
    files: dataFiles.filter((f) => f.startsWith(core)).map((f) => f.replace(`${core}/**`, `${core}/platform/**`)),
    rules: { 'no-restricted-syntax': ['error', processEnv] },
  },
  {
    files: [`${core}/**/*.ts`],
    ignores: [...dataFiles, `${core}/platform/db/**`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: why.sql, allowTypeImports: true }] },
      ],
    },
  },
  {
    files: [`${core}/**/*.service.ts`, `${core}/**/*.repository.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['fastify', '@fastify/*'], message: why.fastify }] }],
    },
  },
  {
    files: ['packages/hashing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@vigie/*'], message: why.hashing }] }],
    },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    // Its browser tests stand up a real server, so they may use the core; the app itself may not.
    ignores: ['apps/console/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@vigie/core', '@vigie/core/*'], message: why.console }] },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test-helpers.ts', '**/*.worker-fixture.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: featureZones }] },
  },
  {
    files: unconfined,
    rules: { 'no-restricted-syntax': 'off' },
  },
);

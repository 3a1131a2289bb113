// ESLint: typescript-eslint's recommended rules plus the import boundaries of house-style.md,
// each with a message that says why the boundary exists.
import tseslint from 'typescript-eslint';
import globals from 'globals';

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

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message:
            'Read settings only in platform/config.ts: config is parsed once, and every bad value is listed at start.',
        },
      ],
    },
  },
  {
    files: ['packages/hashing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@vigie/*'], message: 'packages/hashing is pure: it may not depend on the rest of Vigie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.map((f) => `**/${f}/**`),
              message: 'platform/ is domain-free plumbing: features depend on it, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`packages/core/src/${feature}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.filter((f) => f !== feature).flatMap((f) => [`../${f}/*`, `!../${f}/index.ts`]),
              message:
                'A feature imports another only through its index.ts, so each feature can change inside without breaking the others.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    // Its browser tests stand up a real server, so they may use the core; the app itself may not.
    ignores: ['apps/console/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@vigie/core', '@vigie/core/*'],
              message: 'The console talks to the server only through its HTTP API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/config.ts',
      'scripts/**',
      'bench/**',
      '**/*.test.ts',
      'packages/testkit/**',
      'apps/server/bin/**',
      'apps/server/src/cli/**',
      'apps/server/src/main.ts',
      '**/vite.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The layout's boundaries (README, "Layout"): a lab is one folder that imports the platform and
// the shell, never another lab; a lab's browser parts never import its server engine; the
// platform knows no lab. `npm run lint` fails on a crossing import (boundaries.test.ts shows it).
const LABS = ['io', 'gil', 'blocking', 'race', 'scale', 'django'];
const boundaries = [
  ...LABS.map((lab) => ({
    target: `./labs/${lab}`,
    from: './labs',
    except: [`./${lab}`],
    message: 'A lab never imports another lab: move what both need into platform/ or lib/.',
  })),
  ...LABS.map((lab) => ({
    target: `./labs/${lab}/ui`,
    from: `./labs/${lab}/engine`,
    message:
      'The browser never imports the server engine: share types and limits through contract.ts.',
  })),
  { target: './platform', from: './labs', message: 'The platform knows no lab.' },
  {
    target: './platform',
    from: './components',
    message: 'The platform is server code: no components.',
  },
  {
    target: './components',
    from: './labs/*/engine',
    message: 'Components never import a lab’s server engine.',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'import/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    // Worker entry files and scripts run as plain Node ES modules.
    files: ['**/*.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    '**/.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
    '.scratch/**',
    '.python/**',
    '.venv/**',
    'next-env.d.ts',
  ]),
]);

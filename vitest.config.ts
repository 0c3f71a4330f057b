import { defineConfig } from 'vitest/config';

// Three projects: "unit" is `npm test` (everything that needs nothing outside npm,
// storage tests on in-memory PGlite); "storage" reruns the storage tests (*.db.test.ts)
// on PostgreSQL when TEST_DATABASE_URL is set; "browser" drives Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: ['test/support/global-setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'storage',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

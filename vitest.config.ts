import { defineConfig } from 'vitest/config';

// Three suites: fast unit tests (npm test), tests over the real corpus
// (npm run test:corpus) and browser tests against `next start`.
export default defineConfig({
  test: {
    projects: [
      {
        // The CLI tests start the real `kb` in a child process, which takes a few seconds under load.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/corpus/**', 'test/browser/**'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      { test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

/** Browser flows against the real server (see tests/e2e/support/globalSetup.ts). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    pool: 'forks',
    // One server, one browser per file, one file at a time: the flows share the demo organisation.
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});

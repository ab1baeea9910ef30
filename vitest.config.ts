import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/server/testing/globalSetup.ts'],
    pool: 'forks',
    // Workers keep their migrated database across test files; tests isolate by organisation.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite initdb per worker is the expensive part; two workers fit two cores.
    maxWorkers: 2,
  },
});

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
    // PGlite: one in-memory database per worker, and initdb is the expensive part, so two workers fit
    // two cores. PostgreSQL (TEST_DATABASE_URL): every worker shares one database, and the demo-seed
    // tests of each track reseed parts of the one demo organisation, so its files run one at a time.
    maxWorkers: process.env.TEST_DATABASE_URL ? 1 : 2,
    // One application key for every test process (platform/crypto/appKey.ts): encrypted records a
    // process writes into the shared PostgreSQL test database open in every other process, and no
    // test writes a key file into the working tree.
    env: { TRELLIS_APP_KEY: 'dHJlbGxpcy10ZXN0LWtleS0tbm90LWEtcmVhbC1vbmU=' },
  },
});

import { defineConfig } from 'vitest/config';

// One run for the whole workspace: one PostgreSQL server (embedded, or
// TEST_DATABASE_URL) shared by every package, one database per test file.
export default defineConfig({
  test: {
    globalSetup: ['./platform/src/testing/postgres-global-setup.ts'],
    projects: [
      'platform',
      'platform/demo-city',
      'subgraphs/*',
      'gateway',
      'schema',
      'stack',
      'deploy',
      'console/vitest.config.ts',
      'console/vitest.e2e.config.ts',
    ],
  },
});

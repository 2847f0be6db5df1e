import { defineProject } from 'vitest/config';

// End-to-end: boots the real stack (database, subgraphs, gateway serving the console
// build) and drives headless Chromium. It needs the PostgreSQL server that the root
// vitest config's global setup provides, so it runs from the workspace root. The
// console is built once for all files (e2e/build-console.global.ts).
export default defineProject({
  test: {
    name: 'console-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/build-console.global.ts'],
    // Migrating, seeding and starting a browser: generous limits, no flakes.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll gives up after 1 s by default: a page still loading the fresh version
    // on a shared CI machine running every suite at once needs longer (a poll passes as
    // soon as its condition holds, so this costs nothing when things are quick).
    expect: { poll: { timeout: 10_000 } },
  },
});

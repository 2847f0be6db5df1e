import { defineProject } from 'vitest/config';

export default defineProject({
  // Integration tests start servers and databases: generous limits, no flakes.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
});

import { defineProject } from 'vitest/config';

export default defineProject({
  // Reads files and spawns node once: no servers, but a loaded CI machine is slow.
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});

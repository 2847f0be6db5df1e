import { defineProject } from 'vitest/config';

// Component tests: DOM in jsdom, GraphQL through Apollo's MockedProvider (no server).
export default defineProject({
  test: {
    name: 'console',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
  },
});

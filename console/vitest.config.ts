import { defineProject } from 'vitest/config';

// Component tests: DOM in jsdom, GraphQL through Apollo's MockedProvider (no server);
// the session's link and manager through a fake fetch.
export default defineProject({
  test: {
    name: 'console',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});

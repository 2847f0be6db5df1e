#!/usr/bin/env node
// `npm test`'s last step: runs vitest (arguments passed through), then says where the
// console's end-to-end screenshots are, whatever the outcome, and exits as vitest did:
// a failing run stays failing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
// Where console/e2e/harness.ts saves them (SCREENSHOTS_DIR).
const screenshots = path.join(root, 'console', 'test-results', 'screens');

const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
console.log(`\nConsole screenshots: ${screenshots}`);
if (run.error) {
  console.error(run.error.message);
  process.exit(1);
}
process.exit(run.status ?? 1);

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The console's production build, made once for every end-to-end file. */
    consoleDist: string;
  }
}

const consoleDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the console once per run, so that no test passes against a stale `dist` and
 * no two files build at once. In a child process because vitest sets NODE_ENV=test,
 * which would make Vite bundle React's development build instead of the one the
 * gateway really serves. Into a folder of its own, removed afterwards.
 */
export default async function buildConsoleOnce(project: TestProject) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-console-e2e-'));
  const viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: consoleDir, env: { ...process.env, NODE_ENV: 'production' } },
  );
  project.provide('consoleDist', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}

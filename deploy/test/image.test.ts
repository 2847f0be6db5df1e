import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runnableDeployables } from '../src/runnable-deployables';
import { workspacePackages } from '../src/workspace-packages';

// The Dockerfile cannot be built here (no Docker daemon): what can be checked by
// reading it is checked, against the files it relies on.
const dockerfile = readFileSync(path.join(repositoryRoot, 'Dockerfile'), 'utf8')
  // One instruction per line: continuation lines joined.
  .replace(/\\\n\s*/g, ' ');
const instructions = dockerfile
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions.reduce<string[][]>((all, line) => {
  if (line.startsWith('FROM ')) all.push([]);
  all.at(-1)?.push(line);
  return all;
}, []);
const runtime = stages.at(-1)!;
const run = promisify(execFile);

describe('the Dockerfile', () => {
  it('labels the deployables its entry point runs', async () => {
    const label = /org\.civicgraph\.deployables="([^"]+)"/.exec(dockerfile)?.[1] ?? '';
    expect(label.split(' ').sort()).toEqual((await runnableDeployables()).sort());
    expect(runtime).toContain(
      'ENTRYPOINT ["node", "--enable-source-maps", "tools/run-deployable.mjs"]',
    );
  });

  it('copies every workspace manifest before installing, so the lock file applies as is', () => {
    const copied = instructions
      .flatMap((line) => /^COPY (\S+)\/package\.json /.exec(line)?.[1] ?? [])
      .sort();
    expect(copied).toEqual(workspacePackages(repositoryRoot).sort());
  });

  it('installs the pinned pnpm', () => {
    const pinned = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'))
      .packageManager as string;
    expect(dockerfile).toContain(`npm install --global ${pinned}`);
  });

  it('runs as a non-root user in production, on production dependencies only', () => {
    const user = runtime.find((line) => line.startsWith('USER '))?.split(' ')[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(runtime.some((l) => l.startsWith('ENV ') && l.includes('NODE_ENV=production'))).toBe(
      true,
    );
    expect(runtime.some((l) => l.startsWith('HEALTHCHECK '))).toBe(true);
    const nodeModules = runtime.filter((l) => l.startsWith('COPY ') && l.includes('node_modules'));
    expect(nodeModules).toEqual([
      'COPY --from=production-dependencies /app/node_modules ./node_modules',
    ]);
    const productionInstall = stages
      .find((stage) => stage[0]!.endsWith(' AS production-dependencies'))
      ?.find((line) => line.startsWith('RUN pnpm install'));
    expect(productionInstall).toContain('--prod');
    expect(productionInstall).toContain('--frozen-lockfile');
  });

  it('keeps dependencies and secrets out of the build context', () => {
    const ignored = readFileSync(path.join(repositoryRoot, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', 'dist', '.env', '**/.env']));
  });
});

describe('tools/run-deployable.mjs', () => {
  it('refuses an unknown or missing deployable with its usage and exit code 2', async () => {
    for (const args of [['nonsense'], []]) {
      const outcome = await run(process.execPath, ['tools/run-deployable.mjs', ...args], {
        cwd: repositoryRoot,
      }).catch((error: { code: number; stderr: string }) => error);
      expect('code' in outcome ? outcome.code : 0).toBe(2);
      expect(outcome.stderr).toContain('usage: run-deployable <gateway|requests|');
    }
  });
});

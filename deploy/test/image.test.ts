import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Copy, Label, ModifiableInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { argumentsOf, dockerfileStages } from '../src/dockerfile-stages';
import { repositoryRoot, runnableDeployables } from '../src/runnable-deployables';
import { workspacePackages } from '../src/workspace-packages';

// The Dockerfile cannot be built here (no Docker daemon): what can be checked by
// reading it is checked, with the Docker language service's parser and linter,
// against the files it relies on.
const content = readFileSync(path.join(repositoryRoot, 'Dockerfile'), 'utf8');
const stages = dockerfileStages(content);
const runtime = stages.at(-1)!;
const all = stages.flatMap((stage) => stage.instructions);
const ofKeyword = (keyword: string, instructions = all) =>
  instructions.filter((i) => i.getKeyword() === keyword);
const fromStage = (copy: ModifiableInstruction) =>
  copy
    .getFlags()
    .find((flag) => flag.getName() === 'from')
    ?.getValue();
const run = promisify(execFile);

describe('the Dockerfile', () => {
  it('has no problem the Docker linter finds', () => {
    expect(validate(content).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual(
      [],
    );
  });

  it('labels the deployables its entry point runs, and runs that entry point', async () => {
    const label = ofKeyword('LABEL', runtime.instructions)
      .flatMap((l) => (l as Label).getProperties())
      .find((p) => p.getName() === 'org.civicgraph.deployables')
      ?.getValue();
    expect(label?.split(' ').sort()).toEqual((await runnableDeployables()).sort());
    const [entrypoint] = ofKeyword('ENTRYPOINT', runtime.instructions);
    expect(entrypoint?.getArgumentsContent()).toBe(
      '["node", "--enable-source-maps", "tools/run-deployable.mjs"]',
    );
  });

  it('copies every workspace manifest before installing, so the lock file applies as is', () => {
    const manifests = ofKeyword('COPY', stages[0]!.instructions)
      .flatMap((copy) => argumentsOf(copy).slice(0, -1))
      .filter((source) => source.endsWith('/package.json'))
      .map((source) => path.dirname(source));
    expect(manifests.sort()).toEqual(workspacePackages(repositoryRoot).sort());
  });

  it('copies only files that exist and stages that come before', () => {
    const named: string[] = [];
    for (const stage of stages) {
      for (const copy of ofKeyword('COPY', stage.instructions) as Copy[]) {
        const from = fromStage(copy);
        if (from) {
          expect(named, `COPY --from=${from}`).toContain(from);
          continue;
        }
        for (const source of argumentsOf(copy).slice(0, -1)) {
          expect(existsSync(path.join(repositoryRoot, source)), source).toBe(true);
        }
      }
      if (stage.name) named.push(stage.name);
    }
  });

  it('installs the pinned pnpm', () => {
    const pinned = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'))
      .packageManager as string;
    const installs = ofKeyword('RUN').map((r) => r.getArgumentsContent() ?? '');
    expect(installs).toContain(`npm install --global ${pinned}`);
  });

  it('runs as a non-root user in production, on production dependencies only', () => {
    const [user] = ofKeyword('USER', runtime.instructions).map((u) => argumentsOf(u)[0]);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const environment = ofKeyword('ENV', runtime.instructions).flatMap(argumentsOf);
    expect(environment).toContain('NODE_ENV=production');
    expect(ofKeyword('HEALTHCHECK', runtime.instructions)).toHaveLength(1);
    const copied = ofKeyword('COPY', runtime.instructions).map((copy) => ({
      from: fromStage(copy as Copy),
      paths: argumentsOf(copy),
    }));
    expect(copied.filter((c) => c.paths.some((p) => p.includes('node_modules')))).toEqual([
      { from: 'production-dependencies', paths: ['/app/node_modules', './node_modules'] },
    ]);
    const productionStage = stages.find((stage) => stage.name === 'production-dependencies');
    const install = ofKeyword('RUN', productionStage?.instructions).map(argumentsOf);
    expect(install.length).toBe(1);
    expect(install[0]).toEqual(expect.arrayContaining(['--prod', '--frozen-lockfile']));
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

#!/usr/bin/env node
// Runs the pinned pnpm so that a fresh machine needs only Node 20 and npm:
// a globally installed pnpm of the pinned version is used when present, otherwise
// npx fetches it (corepack's signature check fails on some machines, so we avoid it).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pinned = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).packageManager.split('@')[1];

function globalPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const [command, prefix] =
  globalPnpmVersion() === pinned ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${pinned}`]];
const result = spawnSync(command, [...prefix, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);

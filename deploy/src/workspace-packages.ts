import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The folders of the workspace's packages (pnpm-workspace.yaml's `packages`), relative
 * to the root: `platform`, `subgraphs/requests`, … Globs of the form `folder/*` only,
 * the one kind this workspace uses.
 */
export function workspacePackages(root: string): string[] {
  const { packages } = parse(readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
    packages: string[];
  };
  return packages.flatMap((pattern) => {
    if (!pattern.includes('*')) return [pattern];
    if (!pattern.endsWith('/*') || pattern.slice(0, -2).includes('*')) {
      throw new Error(`workspacePackages does not expand "${pattern}"`);
    }
    const parent = pattern.slice(0, -2);
    return readdirSync(path.join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .filter((folder) => existsSync(path.join(root, folder, 'package.json')));
  });
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration, MigrationProvider } from 'kysely/migration';

/**
 * Reads the migration files of a folder. Kysely's FileMigrationProvider imports them
 * from inside node_modules, where test runners and TypeScript loaders do not reach;
 * importing from our own code lets tsx and vitest load `.ts` migrations too.
 */
export class MigrationFolder implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.folder))
      .filter((file) => /\.(ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts'))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module: Partial<Migration> = await import(
        pathToFileURL(path.join(this.folder, file)).href
      );
      if (typeof module.up !== 'function') {
        throw new Error(`Migration ${file} in ${this.folder} does not export an up() function`);
      }
      migrations[file.replace(/\.(ts|js|mjs)$/, '')] = module as Migration;
    }
    return migrations;
  }
}

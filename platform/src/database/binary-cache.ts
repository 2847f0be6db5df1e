import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, cp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import type { PostgresBinaries } from './postgres-binaries';
import type { OsUser } from './postgres-os-user';
import { ensureReachableFolder, reachableBy } from './reachable-by';

/**
 * Binaries that `user` can run. When it cannot reach the installed ones (a checkout
 * inside a private folder, such as root's home), they are copied once to
 * `cacheRoot/postgres-<version>` and used from there by every checkout after.
 *
 * The copy is made beside its final name and renamed into place, so a half copy is
 * never used; processes copying at the same time all succeed, the first rename wins.
 */
export async function reachableBinaries(
  binaries: PostgresBinaries,
  user: OsUser,
  cacheRoot: string,
  log: Logger,
): Promise<PostgresBinaries> {
  const home = realpathSync(binaries.home);
  if (reachableBy(home, user)) return { ...binaries, home };
  const cached = path.join(path.resolve(cacheRoot), `postgres-${binaries.version}`);
  await ensureReachableFolder(path.dirname(cached), user);
  if (!existsSync(cached)) {
    log.info(
      `copying the PostgreSQL binaries to ${cached}: the postgres OS user cannot reach ${home}`,
    );
    const staging = `${cached}.partial-${randomBytes(6).toString('hex')}`;
    try {
      // Symlinks stay as they are: the package's are relative (lib/libpq.so -> libpq.so.5.18).
      await cp(home, staging, { recursive: true, verbatimSymlinks: true });
      await openToAll(staging);
      await rename(staging, cached).catch((error: NodeJS.ErrnoException) => {
        // Another process renamed its complete copy into place first: use that one.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  return { ...binaries, home: cached };
}

/**
 * Our copy, our modes: folders and programs 0755, other files 0644, whatever umask
 * the installation ran under.
 */
async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await openToAll(file);
    else if (entry.isFile()) await chmod(file, (await stat(file)).mode & 0o100 ? 0o755 : 0o644);
  }
}

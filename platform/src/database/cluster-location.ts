import { createHash } from 'node:crypto';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { mkdir, readlink, rm, rmdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import { stopOrphanedServer } from './orphaned-server';
import type { OsUser } from './postgres-os-user';
import { ensureReachableFolder, reachableBy } from './reachable-by';

export interface ClusterLocation {
  /** The cluster's folder, as the server is given it. */
  dir: string;
  /** Set when the cluster lives outside the data folder: the symlink there that points to it. */
  link: string | null;
}

/**
 * Where the cluster for `dataDir` lives: `dataDir` itself, or where it links to.
 *
 * As root, PostgreSQL runs as the `postgres` OS user (`user`). When that user cannot
 * reach `dataDir` (it lies in a private folder, such as root's home), the cluster is
 * kept in `sharedRoot/<slug of dataDir>-<hash>` instead, and `dataDir` becomes a
 * symlink to it, so the data is still the project's: deleting the data folder deletes
 * the link, and the next start replaces the cluster left behind with a fresh one
 * rather than reviving it. Folders the project did not create keep their permissions.
 */
export async function locateCluster(
  dataDir: string,
  user: OsUser | null,
  sharedRoot: string,
  log: Logger,
): Promise<ClusterLocation> {
  const wanted = path.resolve(dataDir);
  await mkdir(path.dirname(wanted), { recursive: true });
  if (lstatSync(wanted, { throwIfNoEntry: false })?.isSymbolicLink()) {
    const dir = path.resolve(path.dirname(wanted), await readlink(wanted));
    if (user && !existsSync(dir)) await ensureReachableFolder(path.dirname(dir), user);
    return { dir, link: wanted };
  }
  if (!user) return { dir: wanted, link: null };
  const parent = realpathSync(path.dirname(wanted));
  const real = path.join(parent, path.basename(wanted));
  if (reachableBy(parent, user)) return { dir: real, link: null };

  // An empty folder is what a start as root left here before clusters could move.
  await rmdir(wanted).catch(() => {});
  if (existsSync(wanted)) {
    throw new Error(
      `The postgres OS user cannot reach ${wanted}, which already holds files: move them away, or make its parent folders reachable (chmod o+x).`,
    );
  }
  const dir = path.join(path.resolve(sharedRoot), sharedName(real));
  await ensureReachableFolder(path.dirname(dir), user);
  if (existsSync(dir)) {
    await stopOrphanedServer(dir, log);
    log.info(`discarding the PostgreSQL cluster in ${dir}: its link ${wanted} was deleted`);
    await rm(dir, { recursive: true, force: true });
  }
  await symlink(dir, wanted);
  return { dir, link: wanted };
}

/** A folder name that says whose data it is, and cannot collide with another data folder's. */
function sharedName(dataDir: string) {
  const slug = dataDir
    .split(path.sep)
    .map((part) => part.replace(/^\.+/, '').replace(/[^\w.-]+/g, '_'))
    .filter(Boolean)
    .join('-')
    .slice(-80)
    .replace(/^[-.]+/, '');
  return `${slug}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`;
}

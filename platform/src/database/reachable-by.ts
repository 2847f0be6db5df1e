import { statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { OsUser } from './postgres-os-user';

/**
 * Whether `user` can reach the existing folder `dir`: search (x) permission on it and
 * on every folder above it, as the kernel checks mode bits (ACLs are not read).
 * Pass a real path (no symlinks), as it will be given to the process.
 */
export function reachableBy(dir: string, user: OsUser): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode, uid, gid } = statSync(current);
    const search = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
    if ((mode & search) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * Creates `dir` (and missing parents) so that `user` can reach it. Only folders this
 * call creates get mode 0755, whatever the umask; existing folders keep theirs, and
 * if one of them shuts `user` out, this fails saying which folder to open.
 */
export async function ensureReachableFolder(dir: string, user: OsUser): Promise<void> {
  const target = path.resolve(dir);
  const firstCreated = await mkdir(target, { recursive: true });
  if (firstCreated) {
    for (let current = target; ; current = path.dirname(current)) {
      await chmod(current, 0o755);
      if (current === firstCreated) break;
    }
  }
  if (!reachableBy(target, user)) {
    throw new Error(
      `The postgres OS user cannot reach ${target}: give it and every folder above it search permission for others (chmod o+x).`,
    );
  }
}

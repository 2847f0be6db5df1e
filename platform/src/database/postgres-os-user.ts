import { execFileSync } from 'node:child_process';

/**
 * An OS user to run a child process as, in the form Node's `spawn` takes (`uid`, `gid`).
 * Node (libuv) drops supplementary groups when it switches user, so these two ids are
 * all the kernel checks.
 */
export interface OsUser {
  uid: number;
  gid: number;
}

const NAME = 'postgres';

/**
 * The OS user PostgreSQL runs as: null (this process' own user) unless we are root,
 * which PostgreSQL refuses to run as; then the `postgres` user, created if missing.
 */
export function postgresOsUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, NAME], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', NAME]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

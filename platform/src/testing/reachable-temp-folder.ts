import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh folder under the temp folder that other users can reach (0755, where
 * mkdtemp makes 0700): run as root, PostgreSQL runs as the `postgres` OS user, and a
 * cluster inside this folder stays there. The caller removes it.
 */
export async function reachableTempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(folder, 0o755);
  return folder;
}

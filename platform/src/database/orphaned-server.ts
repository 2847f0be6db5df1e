import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';

/** A launcher killed with SIGKILL leaves its postgres running; stop it gracefully. */
export async function stopOrphanedServer(clusterDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid) || !isPostgres(pid)) return;
  log.warn({ pid }, 'stopping a PostgreSQL left running by an earlier launcher');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isProcessAlive(pid) && waited < 30_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isProcessAlive(pid))
    throw new Error(`PostgreSQL (pid ${pid}) using ${clusterDir} would not stop`);
}

/** Guards against a recycled pid: only a postgres process is ever signalled. */
function isPostgres(pid: number) {
  const cmdline = `/proc/${pid}/cmdline`;
  return (
    !existsSync('/proc') ||
    (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('postgres'))
  );
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

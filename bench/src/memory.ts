import { readdirSync, readFileSync } from 'node:fs';

/**
 * Proportional resident memory of a process in bytes (Linux /proc), 0 once it is
 * gone. PSS splits shared pages among the processes sharing them, so PostgreSQL's
 * shared buffers count once, not once per backend as plain RSS would.
 */
function rss(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(rollup);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return -1;
  }
}

/** A process and all its descendants. */
function tree(roots: number[]): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const found = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const pid of all) {
      if (!found.has(pid) && found.has(parentOf(pid))) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

export interface MemorySample {
  node: number;
  postgres: number;
}

/**
 * Samples the resident memory of the stack's Node processes and of the PostgreSQL
 * server with its backends, and keeps the peak of each and of their sum.
 */
export function watchMemory(nodePid: number, postgresPid: number | null, everyMs = 100) {
  const peak = { node: 0, postgres: 0, total: 0 };
  const sample = (): MemorySample => {
    const postgres = new Set(postgresPid ? tree([postgresPid]) : []);
    // `npm start` spreads the services over child processes; its embedded PostgreSQL is
    // one of its children too, counted on its own.
    const node = tree([nodePid]).filter((pid) => !postgres.has(pid));
    return {
      node: node.reduce((sum, pid) => sum + rss(pid), 0),
      postgres: [...postgres].reduce((sum, pid) => sum + rss(pid), 0),
    };
  };
  const timer = setInterval(() => {
    const now = sample();
    peak.node = Math.max(peak.node, now.node);
    peak.postgres = Math.max(peak.postgres, now.postgres);
    peak.total = Math.max(peak.total, now.node + now.postgres);
  }, everyMs);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

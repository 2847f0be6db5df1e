import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One autocannon run: POSTs of one body to one URL. */
export interface LoadPlan {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

/** What autocannon measured (latencies in ms). */
export interface LoadFigures {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers: any makes the case invalid. */
  failed: number;
}

const entry = fileURLToPath(new URL('./load-process.ts', import.meta.url));

/** Runs `plan` in a load-generator process of its own and resolves with its figures. */
export function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(JSON.parse(last) as LoadFigures);
      else reject(new Error(`load generator exited with ${code}:\n${output}`));
    }),
  );
}

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StackProcess {
  child: ChildProcess;
  /** Public origin, e.g. http://localhost:4123 */
  origin: string;
  /** Each subgraph's own /graphql URL, read from the stack's start-up log. */
  subgraphUrls: Record<string, string>;
  /** Pid of the embedded PostgreSQL's postmaster. */
  postgresPid: number | null;
  stop(): Promise<void>;
}

const stackDir = fileURLToPath(new URL('../../stack', import.meta.url));

/** Starts `npm start`'s process (without the install steps) and waits until it is up. */
export function startStackProcess(env: NodeJS.ProcessEnv, dataDir: string): Promise<StackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: stackDir,
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const subgraphUrls: Record<string, string> = {};
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      for (const line of String(chunk).split('\n')) {
        const listening = /"subgraph":"(\w+)","url":"([^"]+)"/.exec(line);
        if (listening) subgraphUrls[listening[1]!] = listening[2]!;
      }
      const up = /CivicGraph is up: console (http:\/\/\S+?)\//.exec(output);
      if (!up) return;
      const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
      resolve({
        child,
        origin: up[1]!,
        subgraphUrls,
        postgresPid: existsSync(pidFile)
          ? Number(readFileSync(pidFile, 'utf8').split('\n')[0])
          : null,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGINT');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`stack exited with ${code}:\n${output}`)));
  });
}

import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  ChangePhase,
  FromLoad,
  LiveConnectionPlan,
  PhaseResult,
  ToLoad,
} from './live-load-protocol';

/** The load generator (live-load.ts) as a process of its own, one request at a time. */
export class LiveLoadProcess {
  private readonly child: ChildProcess;
  private readonly inbox: FromLoad[] = [];
  private waiter: (() => void) | null = null;
  private readonly exited: Promise<void>;

  constructor() {
    // The fork inherits `--import tsx` from this process's execArgv.
    this.child = fork(fileURLToPath(new URL('./live-load.ts', import.meta.url)));
    this.child.on('message', (message: FromLoad) => {
      this.inbox.push(message);
      this.waiter?.();
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.exited.then(() => this.waiter?.());
  }

  async open(origin: string, connections: LiveConnectionPlan[]): Promise<void> {
    this.send({ type: 'open', origin, connections });
    await this.reply('opened');
  }

  async change(phase: ChangePhase, mutator: string): Promise<PhaseResult> {
    this.send({ type: 'change', phase, mutator });
    const reply = await this.reply('changed');
    return reply.result;
  }

  /** Closes its connections and waits for it to exit. */
  async close(): Promise<void> {
    if (this.child.connected) this.send({ type: 'close' });
    const killer = setTimeout(() => this.child.kill(), 10_000);
    await this.exited;
    clearTimeout(killer);
  }

  private send(message: ToLoad) {
    this.child.send(message);
  }

  private async reply<T extends FromLoad['type']>(
    type: T,
  ): Promise<Extract<FromLoad, { type: T }>> {
    for (;;) {
      const message = this.inbox.shift();
      if (message?.type === 'failed') throw new Error(`load generator: ${message.message}`);
      if (message?.type === type) return message as Extract<FromLoad, { type: T }>;
      if (message) continue;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error('the load generator exited');
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
      this.waiter = null;
    }
  }
}

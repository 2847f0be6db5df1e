// Test helper: imported by test files only.

/** What one request of the load got back. */
export interface LoadOutcome {
  /** The phase the test had named when the request was sent. */
  phase: string;
  /** The HTTP status; 0 when no answer came (a refused connection, a reset, a hang). */
  status: number;
  contentType: string;
  /** The body, parsed when it was JSON. */
  body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> } | null;
  /** Set when no answer came: why. */
  failure: string | null;
  /** From sending to the whole answer read (a figure to print, never to assert on). */
  ms: number;
}

export interface SteadyLoadOptions {
  url: string;
  query: string;
  headers?: Record<string, string>;
  /** Requests in flight at once. */
  concurrency: number;
  /** A request unanswered for this long counts as hung (and is aborted). */
  hangMs: number;
}

/**
 * GraphQL requests sent one after another by `concurrency` workers until stopped,
 * each outcome kept with the phase the test had set when it was sent: what clients
 * keep sending through an outage.
 */
export class SteadyLoad {
  readonly outcomes: LoadOutcome[] = [];
  phase = 'start';
  private stopped = false;
  private readonly workers: Promise<void>[];

  constructor(private readonly options: SteadyLoadOptions) {
    this.workers = Array.from({ length: options.concurrency }, () => this.work());
  }

  /** Outcomes of requests sent during `phase`. */
  during(phase: string): LoadOutcome[] {
    return this.outcomes.filter((o) => o.phase === phase);
  }

  /** Lets the requests in flight finish, sends no more. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  private async work() {
    while (!this.stopped) {
      const outcome = await this.send(this.phase);
      this.outcomes.push(outcome);
      // A refused connection answers at once: no tight loop against a port that is gone.
      if (outcome.status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async send(phase: string): Promise<LoadOutcome> {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.options.headers },
        body: JSON.stringify({ query: this.options.query }),
        signal: AbortSignal.timeout(this.options.hangMs),
      });
      const contentType = response.headers.get('content-type') ?? '';
      const text = await response.text();
      let body: LoadOutcome['body'] = null;
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {}
      }
      return { phase, status: response.status, contentType, body, failure: null, ms: ms() };
    } catch (error) {
      return { phase, status: 0, contentType: '', body: null, failure: String(error), ms: ms() };
    }
  }
}

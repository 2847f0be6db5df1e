/**
 * Runs `work` one pass at a time: a call while a pass runs asks for one more pass after
 * it — never two at once, never a queue. A reader of new rows woken by many
 * notifications needs one more read, not one per notification. A failed pass is
 * reported and ends the round: the next call (a notification, a poll) tries again.
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.work();
        } catch (error) {
          this.onError(error);
          return;
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Takes no more passes, and waits for the one running. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => {});
  }
}

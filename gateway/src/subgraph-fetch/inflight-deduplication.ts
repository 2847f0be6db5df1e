/**
 * Identical calls in flight at once share one: the first starts it, the others wait
 * for its result, and the key is forgotten as soon as it settles (this is not a cache:
 * a call that starts after the answer came back calls again).
 */
export class InflightDeduplication<T> {
  private readonly inflight = new Map<string, Promise<T>>();
  private joined = 0;

  /** How many distinct calls are in flight now. */
  get size(): number {
    return this.inflight.size;
  }

  /** How many calls have waited for an identical one instead of going out, ever. */
  get shared(): number {
    return this.joined;
  }

  run(key: string, call: () => Promise<T>): Promise<T> {
    const pending = this.inflight.get(key);
    if (pending) {
      this.joined++;
      return pending;
    }
    // Through a promise so that a call throwing at once is a rejection like any other.
    const started = new Promise<T>((resolve) => resolve(call())).finally(() =>
      this.inflight.delete(key),
    );
    this.inflight.set(key, started);
    return started;
  }
}

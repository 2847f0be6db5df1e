import { Counter, type Registry } from 'prom-client';

/**
 * A Prometheus counter whose value is a count kept elsewhere (the subscriptions'
 * `stats()`), read when Prometheus scrapes: the code that counts stays the one place
 * that does.
 */
export function observedCounter(
  registry: Registry,
  name: string,
  help: string,
  read: () => number,
): Counter {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

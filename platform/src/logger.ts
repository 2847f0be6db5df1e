import { type Logger, pino } from 'pino';

export type { Logger };

/** A JSON logger named after the service; one per process, children per component. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}

import { type Logger, pino } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  /** Human-readable lines instead of JSON: for a person at a terminal. */
  pretty?: boolean;
}

/**
 * A logger for one process, `service` naming it; children add `subgraph` or
 * `component`. JSON by default, for log collectors.
 */
export function createLogger(service: string, level = 'info', options: LoggerOptions = {}): Logger {
  const settings = { level, base: { service } };
  if (!options.pretty) return pino(settings);
  return pino(
    settings,
    pretty({
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
      sync: true,
    }),
  );
}

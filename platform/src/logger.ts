import { type DestinationStream, type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import { requestLogFields } from './observability/request-scope';

export type { Logger };

export interface LoggerOptions {
  /** Human-readable lines instead of JSON: for a person at a terminal. */
  pretty?: boolean;
  /** Where JSON lines go instead of stdout (tests read them). */
  destination?: DestinationStream;
}

/**
 * A logger for one process, `service` naming it; children add `subgraph` or
 * `component`. A line written while a request is handled also has its `requestId`
 * and, with tracing on, its `traceId`. JSON by default, for log collectors.
 */
export function createLogger(service: string, level = 'info', options: LoggerOptions = {}): Logger {
  const settings = { level, base: { service }, mixin: requestLogFields };
  if (!options.pretty) {
    return options.destination ? pino(settings, options.destination) : pino(settings);
  }
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

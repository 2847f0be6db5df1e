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
  return pino(settings, pretty({ ...PRETTY_OPTIONS, sync: true }));
}

const PRETTY_OPTIONS = {
  colorize: true,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service',
};

/**
 * Renders another process's JSON log record (a launcher's child) as createLogger's
 * pretty lines, prefixed with the service that wrote it; ends with a newline.
 */
export function prettyLogRecord(): (record: Record<string, unknown>) => string {
  const render = pretty.prettyFactory({
    ...PRETTY_OPTIONS,
    messageFormat: (record, messageKey) => `[${record.service}] ${record[messageKey] ?? ''}`,
  });
  return (record) => render(record);
}

import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { LogEvent } from 'kysely';
import { activeTracer } from './tracing';

/**
 * Kysely's `log` hook that files every statement as a client span of the request
 * running it, or null when tracing is off (then Kysely times nothing). Kysely calls it
 * once a statement has finished, with its duration: the span is dated back to its
 * start. The SQL carries placeholders, never the values bound to them. Statements
 * outside any trace (migrations, schedulers' polls) are not filed: each would be a
 * trace of its own, burying the requests' traces in noise.
 */
export function sqlSpans(schema: string): ((event: LogEvent) => void) | null {
  const tracer = activeTracer();
  if (!tracer) return null;
  return (event) => {
    const parent = context.active();
    if (!trace.getSpan(parent)) return;
    const end = performance.timeOrigin + performance.now();
    const sql = event.query.sql;
    const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    const span = tracer.startSpan(
      `${verb} ${schema}`,
      {
        kind: SpanKind.CLIENT,
        startTime: end - event.queryDurationMillis,
        attributes: {
          'db.system.name': 'postgresql',
          'db.namespace': schema,
          'db.operation.name': verb,
          'db.query.text': sql,
        },
      },
      parent,
    );
    if (event.level === 'error') {
      span.recordException(event.error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end(end);
  };
}

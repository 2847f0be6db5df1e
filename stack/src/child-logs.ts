import { type Logger, prettyLogRecord } from '@civicgraph/platform';
import type { ServiceProcess } from './service-process';

/**
 * Shows what the launcher's children write among the launcher's own lines: their JSON
 * records as they are (each names its `service`), or pretty at a terminal. Whatever
 * is not a record (a crash's stack trace) is logged as the launcher's, naming the child.
 */
export function forwardChildLogs(
  logger: Logger,
  pretty: boolean,
): (line: string, from: ServiceProcess) => void {
  const render = pretty ? prettyLogRecord() : null;
  return (line, from) => {
    if (!line.trim()) return;
    const record = parseRecord(line);
    if (!record) logger.warn({ child: from.name }, line);
    else process.stdout.write(render ? render(record) : `${line}\n`);
  };
}

function parseRecord(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

import type { Language } from '../i18n';
import type { LiveStatus } from './live-context';

/** Live updates: connection state, changes, reconnects. */
export interface LiveMessages {
  /** The header's indicator: what it says, and its longer accessible description. */
  status: Record<LiveStatus, string>;
  statusDetail: Record<LiveStatus, string>;
  /** After a reconnect; `missed` changes were replayed from the last one seen. */
  caughtUp: (missed: number) => string;
  /** Too far behind to replay change by change: what is shown was reloaded. */
  resynced: string;
  /**
   * One change, as a sentence: "WO-000123 was assigned to Pat Lee by Ana Ruiz".
   * `by` is null when who made it is not known, `assignee` when it is not an assignment.
   */
  changed: (change: {
    number: string;
    action: string;
    by: string | null;
    assignee: string | null;
  }) => string;
  /** The polite summary of other changes, at most every few seconds. */
  summary: (count: number, numbers: readonly string[]) => string;
}

type Verbs = Record<string, string>;

// Participles after "was …" / "fue …" (una orden de trabajo: feminine).
const enVerbs: Verbs = {
  CREATE: 'created',
  ASSIGN: 'assigned',
  START: 'started',
  HOLD: 'put on hold',
  RESUME: 'resumed',
  COMPLETE: 'completed',
  CLOSE: 'closed',
  CANCEL: 'cancelled',
  REOPEN: 'reopened',
  PRIORITY: 'reprioritised',
  NOTE: 'given a note',
  SPLIT: 'split',
  OVERDUE: 'flagged overdue',
  MARK_DUPLICATE: 'marked as a duplicate',
};
const esVerbs: Verbs = {
  CREATE: 'creada',
  ASSIGN: 'asignada',
  START: 'iniciada',
  HOLD: 'puesta en espera',
  RESUME: 'reanudada',
  COMPLETE: 'completada',
  CLOSE: 'cerrada',
  CANCEL: 'cancelada',
  REOPEN: 'reabierta',
  PRIORITY: 'cambiada de prioridad',
  NOTE: 'anotada',
  SPLIT: 'dividida',
  OVERDUE: 'marcada como vencida',
  MARK_DUPLICATE: 'marcada como duplicada',
};

const listed = (numbers: readonly string[], and: string) =>
  numbers.length <= 1
    ? (numbers[0] ?? '')
    : `${numbers.slice(0, -1).join(', ')} ${and} ${numbers[numbers.length - 1]}`;

export const liveMessages: Record<Language, LiveMessages> = {
  en: {
    status: {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: 'Reconnecting…',
      offline: 'Offline',
    },
    statusDetail: {
      connecting: 'Connecting to live updates',
      live: 'Live updates are on: changes appear as they happen',
      reconnecting: 'Live updates paused: reconnecting, nothing will be missed',
      offline: 'You are offline: changes will appear when the connection is back',
    },
    caughtUp: (missed) =>
      missed === 0
        ? 'Reconnected — caught up'
        : `Reconnected — caught up on ${missed} ${missed === 1 ? 'change' : 'changes'}`,
    resynced: 'Reconnected after a long break: the work orders were reloaded to show the latest',
    changed: ({ number, action, by, assignee }) => {
      const verb = enVerbs[action] ?? 'changed';
      const to = action === 'ASSIGN' && assignee ? ` to ${assignee}` : '';
      return `${number} was ${verb}${to}${by ? ` by ${by}` : ''}`;
    },
    summary: (count, numbers) =>
      count === 1
        ? `Work order ${numbers[0]} changed`
        : numbers.length === count
          ? `${count} work orders changed: ${listed(numbers, 'and')}`
          : `${count} work orders changed, including ${numbers.join(', ')}`,
  },
  es: {
    status: {
      connecting: 'Conectando…',
      live: 'En vivo',
      reconnecting: 'Reconectando…',
      offline: 'Sin conexión',
    },
    statusDetail: {
      connecting: 'Conectando con las actualizaciones en vivo',
      live: 'Actualizaciones en vivo activas: los cambios aparecen al momento',
      reconnecting: 'Actualizaciones en pausa: reconectando, no se perderá nada',
      offline: 'Sin conexión: los cambios aparecerán cuando vuelva la conexión',
    },
    caughtUp: (missed) =>
      missed === 0
        ? 'Reconectado: al día'
        : `Reconectado: al día con ${missed} ${missed === 1 ? 'cambio' : 'cambios'}`,
    resynced:
      'Reconectado tras una pausa larga: se recargaron las órdenes de trabajo para mostrar lo más reciente',
    changed: ({ number, action, by, assignee }) => {
      const verb = esVerbs[action] ?? 'modificada';
      const to = action === 'ASSIGN' && assignee ? ` a ${assignee}` : '';
      return `${number} fue ${verb}${to}${by ? ` por ${by}` : ''}`;
    },
    summary: (count, numbers) =>
      count === 1
        ? `Cambió la orden de trabajo ${numbers[0]}`
        : numbers.length === count
          ? `Cambiaron ${count} órdenes de trabajo: ${listed(numbers, 'y')}`
          : `Cambiaron ${count} órdenes de trabajo, entre ellas ${numbers.join(', ')}`,
  },
};

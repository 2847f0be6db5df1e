import type { Language } from '../i18n';

/** What a person may do to one work order; the order of the buttons (action-rules.ts). */
export type ActionKind =
  | 'start'
  | 'resume'
  | 'hold'
  | 'complete'
  | 'close'
  | 'reopen'
  | 'assign'
  | 'priority'
  | 'note'
  | 'duplicate'
  | 'cancel';

/** The fields of a work order the conflict view compares (conflict-diff.ts). */
export type DiffField =
  | 'status'
  | 'priority'
  | 'crew'
  | 'assignee'
  | 'dueAt'
  | 'holdReason'
  | 'resolutionCode';

export type Availability = 'AVAILABLE' | 'BUSY' | 'OFF_SHIFT';
export type ActorKind = 'STAFF' | 'PARTNER' | 'RESIDENT' | 'SYSTEM';

/** Actions on work orders: assign, start, hold, …, bulk assign, conflicts. */
export interface ActionsMessages {
  heading: string;
  /** The button group's name: "Actions on WO-000123". */
  groupLabel: (number: string) => string;
  loading: string;
  loadError: string;
  retry: string;
  none: string;
  /** The buttons that open each dialog. */
  action: Record<ActionKind, string>;
  /** The Assign button once someone is assigned. */
  reassign: string;
  /** Each dialog's title: "Hold WO-000123". */
  title: Record<ActionKind, (number: string) => string>;
  /** The line under a dialog's title. */
  intro: Partial<Record<ActionKind, string>>;
  /** Each dialog's confirming button. */
  submit: Record<ActionKind, string>;
  working: string;
  dismiss: string;
  closeDialog: string;
  fields: {
    reason: string;
    resolutionCode: string;
    chooseCode: string;
    note: string;
    reopenNote: string;
    visibility: string;
    visibilityPublic: string;
    visibilityInternal: string;
    priority: string;
    originalNumber: string;
    originalHint: string;
  };
  validation: {
    required: (label: string) => string;
    tooLong: (label: string, max: string) => string;
    chooseCandidate: string;
    samePriority: string;
    notFound: (number: string) => string;
    sameRequest: string;
    otherService: string;
  };
  assign: {
    legend: string;
    loading: string;
    none: string;
    loadError: string;
    /** The crew as a whole, not one of its people. */
    wholeCrew: string;
    availability: Record<Availability, string>;
    /** "3 open": the live workload. */
    workload: (count: number, formatted: string) => string;
    /** "1.2 km away". */
    distance: (formatted: string) => string;
    distanceUnknown: string;
    current: string;
  };
  /** The toast after success: "WO-000123 assigned to Crew 3". */
  done: {
    assign: (number: string, to: string) => string;
    start: (number: string) => string;
    resume: (number: string) => string;
    hold: (number: string) => string;
    complete: (number: string) => string;
    close: (number: string) => string;
    reopen: (number: string) => string;
    priority: (number: string, priority: string) => string;
    note: (number: string) => string;
    duplicate: (number: string, original: string) => string;
    cancel: (number: string) => string;
  };
  conflict: {
    title: (number: string) => string;
    /** "Luis Ortega changed WO-000123 on Nov 1, 2026 at 5:00 AM, after you opened it." */
    changedBy: (who: string, number: string, when: string) => string;
    you: string;
    someone: string;
    actor: Record<ActorKind, string>;
    loadingFresh: string;
    freshError: string;
    whatChanged: string;
    /** "Priority: Normal → Urgent". */
    change: (field: string, before: string, after: string) => string;
    field: Record<DiffField, string>;
    empty: string;
    noVisibleChange: string;
    since: string;
    /** "Version 5, now shown". */
    freshVersion: (version: string) => string;
    notSent: string;
    review: string;
    apply: string;
    /** Why "apply" is not offered: the action no longer fits the work order. */
    applyUnavailable: string;
  };
  /** INVALID_TRANSITION: "It is On hold now: it cannot become Completed." */
  invalidTransition: (from: string, to: string) => string;
  bulk: {
    region: string;
    selected: (count: number, formatted: string) => string;
    assignee: string;
    choose: string;
    wholeCrew: (crew: string) => string;
    assign: string;
    assigning: string;
    loading: string;
    loadError: string;
    /** The selection spans several departments. */
    manyDepartments: (count: number) => string;
    keepLargest: (count: string, department: string) => string;
    applied: (count: number, formatted: string, to: string) => string;
    notApplied: string;
    itemRefused: (number: string, reason: string) => string;
    itemNotApplied: string;
    refreshRetry: string;
    reason: Record<string, string>;
  };
}

const en: ActionsMessages = {
  heading: 'Actions',
  groupLabel: (number) => `Actions on ${number}`,
  loading: 'Loading actions…',
  loadError: 'The actions could not be loaded.',
  retry: 'Retry',
  none: 'There is nothing you can do to this work order.',
  action: {
    start: 'Start',
    resume: 'Resume',
    hold: 'Put on hold',
    complete: 'Complete',
    close: 'Close',
    reopen: 'Reopen',
    assign: 'Assign',
    priority: 'Change priority',
    note: 'Add note',
    duplicate: 'Mark duplicate',
    cancel: 'Cancel work order',
  },
  reassign: 'Reassign',
  title: {
    start: (n) => `Start ${n}`,
    resume: (n) => `Resume ${n}`,
    hold: (n) => `Put ${n} on hold`,
    complete: (n) => `Complete ${n}`,
    close: (n) => `Close ${n}`,
    reopen: (n) => `Reopen ${n}`,
    assign: (n) => `Assign ${n}`,
    priority: (n) => `Change the priority of ${n}`,
    note: (n) => `Add a note to ${n}`,
    duplicate: (n) => `Mark ${n} as a duplicate`,
    cancel: (n) => `Cancel ${n}`,
  },
  intro: {
    start: 'The work order becomes In progress.',
    resume: 'The work order is in progress again.',
    duplicate:
      'Its request is linked to the original; its open work is cancelled and closes with the original.',
    cancel: 'The work order will not be done. Only a supervisor can undo this by reopening it.',
  },
  submit: {
    start: 'Start work',
    resume: 'Resume work',
    hold: 'Put on hold',
    complete: 'Complete',
    close: 'Close work order',
    reopen: 'Reopen',
    assign: 'Assign',
    priority: 'Change priority',
    note: 'Add note',
    duplicate: 'Mark duplicate',
    cancel: 'Cancel work order',
  },
  working: 'Saving…',
  dismiss: 'Go back',
  closeDialog: 'Close dialog',
  fields: {
    reason: 'Reason',
    resolutionCode: 'Resolution',
    chooseCode: 'Choose a resolution',
    note: 'Note',
    reopenNote: 'Why the work is not done',
    visibility: 'Who can read it',
    visibilityPublic: 'Public: the reporter sees it',
    visibilityInternal: 'Internal: staff only',
    priority: 'Priority',
    originalNumber: 'Number of the original request',
    originalHint: 'The request this one repeats, e.g. SR-000123.',
  },
  validation: {
    required: (label) => `${label} is required.`,
    tooLong: (label, max) => `${label} must be at most ${max} characters.`,
    chooseCandidate: 'Choose a crew or a person.',
    samePriority: 'Choose a different priority.',
    notFound: (n) => `No request numbered ${n} was found.`,
    sameRequest: 'A request cannot duplicate itself.',
    otherService: 'The original must be a request for the same service.',
  },
  assign: {
    legend: 'Assign to (best first)',
    loading: 'Finding who could take it…',
    none: 'Nobody in this department can take it now.',
    loadError: 'The candidates could not be loaded.',
    wholeCrew: 'Whole crew',
    availability: { AVAILABLE: 'Available', BUSY: 'Busy', OFF_SHIFT: 'Off shift' },
    workload: (_count, formatted) => `${formatted} open`,
    distance: (formatted) => `${formatted} away`,
    distanceUnknown: 'Distance unknown',
    current: 'Assigned now',
  },
  done: {
    assign: (n, to) => `${n} assigned to ${to}`,
    start: (n) => `${n} started`,
    resume: (n) => `${n} resumed`,
    hold: (n) => `${n} put on hold`,
    complete: (n) => `${n} completed`,
    close: (n) => `${n} closed`,
    reopen: (n) => `${n} reopened`,
    priority: (n, p) => `${n}: priority ${p}`,
    note: (n) => `Note added to ${n}`,
    duplicate: (n, o) => `${n} marked as a duplicate of ${o}`,
    cancel: (n) => `${n} cancelled`,
  },
  conflict: {
    title: (n) => `${n} changed while you were working on it`,
    changedBy: (who, n, when) => `${who} changed ${n} on ${when}, after you opened it.`,
    you: 'You (in another window)',
    someone: 'Another staff member',
    actor: {
      STAFF: 'A staff member',
      PARTNER: 'A partner app',
      RESIDENT: 'A resident',
      SYSTEM: 'The system',
    },
    loadingFresh: 'Loading the fresh version…',
    freshError: 'The fresh version could not be loaded.',
    whatChanged: 'What changed',
    change: (field, before, after) => `${field}: ${before} → ${after}`,
    field: {
      status: 'Status',
      priority: 'Priority',
      crew: 'Crew',
      assignee: 'Assignee',
      dueAt: 'Due',
      holdReason: 'Hold reason',
      resolutionCode: 'Resolution',
    },
    empty: 'none',
    noVisibleChange: 'Nothing you were looking at changed.',
    since: 'Changes since you opened it',
    freshVersion: (v) => `The panel now shows the fresh version (version ${v}).`,
    notSent: 'Your change was not saved: nothing was overwritten.',
    review: 'Review the fresh version',
    apply: 'Apply my change to the fresh version',
    applyUnavailable: 'Your change no longer fits this work order as it is now.',
  },
  invalidTransition: (from, to) =>
    `This work order is ${from} now: it cannot become ${to}. The panel shows it as it is.`,
  bulk: {
    region: 'Bulk assignment',
    selected: (count, formatted) =>
      count === 1 ? `${formatted} work order selected` : `${formatted} work orders selected`,
    assignee: 'Assign to',
    choose: 'Choose a crew or person',
    wholeCrew: (crew) => `${crew} (whole crew)`,
    assign: 'Assign selected',
    assigning: 'Assigning…',
    loading: 'Loading the selected work orders…',
    loadError: 'The selected work orders could not be loaded.',
    manyDepartments: (count) =>
      `The selection spans ${count} departments: one assignment needs one department.`,
    keepLargest: (count, dep) => `Keep only the ${count} of ${dep}`,
    applied: (count, formatted, to) =>
      count === 1
        ? `${formatted} work order assigned to ${to}`
        : `${formatted} work orders assigned to ${to}`,
    notApplied: 'Nothing was assigned: some work orders were refused.',
    itemRefused: (n, reason) => `${n}: ${reason}`,
    itemNotApplied: 'not applied because others were refused',
    refreshRetry: 'Refresh and retry',
    reason: {
      CONFLICT: 'changed by someone else since you selected it',
      INVALID_TRANSITION: 'no longer open',
      NOT_FOUND: 'no longer exists',
      FORBIDDEN: 'not allowed',
      BAD_USER_INPUT: 'cannot be assigned to this crew or person',
    },
  },
};

const es: ActionsMessages = {
  heading: 'Acciones',
  groupLabel: (number) => `Acciones sobre ${number}`,
  loading: 'Cargando acciones…',
  loadError: 'No se pudieron cargar las acciones.',
  retry: 'Reintentar',
  none: 'No puede hacer nada con esta orden de trabajo.',
  action: {
    start: 'Iniciar',
    resume: 'Reanudar',
    hold: 'Poner en espera',
    complete: 'Completar',
    close: 'Cerrar',
    reopen: 'Reabrir',
    assign: 'Asignar',
    priority: 'Cambiar prioridad',
    note: 'Añadir nota',
    duplicate: 'Marcar duplicada',
    cancel: 'Cancelar orden',
  },
  reassign: 'Reasignar',
  title: {
    start: (n) => `Iniciar ${n}`,
    resume: (n) => `Reanudar ${n}`,
    hold: (n) => `Poner ${n} en espera`,
    complete: (n) => `Completar ${n}`,
    close: (n) => `Cerrar ${n}`,
    reopen: (n) => `Reabrir ${n}`,
    assign: (n) => `Asignar ${n}`,
    priority: (n) => `Cambiar la prioridad de ${n}`,
    note: (n) => `Añadir una nota a ${n}`,
    duplicate: (n) => `Marcar ${n} como duplicada`,
    cancel: (n) => `Cancelar ${n}`,
  },
  intro: {
    start: 'La orden de trabajo pasa a En curso.',
    resume: 'La orden de trabajo vuelve a estar en curso.',
    duplicate:
      'Su solicitud se vincula a la original; su trabajo abierto se cancela y se cierra con la original.',
    cancel:
      'La orden de trabajo no se hará. Solo una supervisora o un supervisor puede deshacerlo reabriéndola.',
  },
  submit: {
    start: 'Iniciar trabajo',
    resume: 'Reanudar trabajo',
    hold: 'Poner en espera',
    complete: 'Completar',
    close: 'Cerrar orden',
    reopen: 'Reabrir',
    assign: 'Asignar',
    priority: 'Cambiar prioridad',
    note: 'Añadir nota',
    duplicate: 'Marcar duplicada',
    cancel: 'Cancelar orden',
  },
  working: 'Guardando…',
  dismiss: 'Volver',
  closeDialog: 'Cerrar el diálogo',
  fields: {
    reason: 'Motivo',
    resolutionCode: 'Resolución',
    chooseCode: 'Elija una resolución',
    note: 'Nota',
    reopenNote: 'Por qué el trabajo no está hecho',
    visibility: 'Quién puede leerla',
    visibilityPublic: 'Pública: la ve quien informó',
    visibilityInternal: 'Interna: solo el personal',
    priority: 'Prioridad',
    originalNumber: 'Número de la solicitud original',
    originalHint: 'La solicitud que esta repite, p. ej. SR-000123.',
  },
  validation: {
    required: (label) => `${label}: este campo es obligatorio.`,
    tooLong: (label, max) => `${label}: como máximo ${max} caracteres.`,
    chooseCandidate: 'Elija una cuadrilla o una persona.',
    samePriority: 'Elija una prioridad distinta.',
    notFound: (n) => `No se encontró ninguna solicitud con el número ${n}.`,
    sameRequest: 'Una solicitud no puede duplicarse a sí misma.',
    otherService: 'La original debe ser una solicitud del mismo servicio.',
  },
  assign: {
    legend: 'Asignar a (las mejores opciones primero)',
    loading: 'Buscando quién podría hacerla…',
    none: 'Nadie de este departamento puede hacerla ahora.',
    loadError: 'No se pudieron cargar las opciones.',
    wholeCrew: 'Toda la cuadrilla',
    availability: { AVAILABLE: 'Disponible', BUSY: 'Ocupada', OFF_SHIFT: 'Fuera de turno' },
    workload: (count, formatted) =>
      count === 1 ? `${formatted} abierta` : `${formatted} abiertas`,
    distance: (formatted) => `a ${formatted}`,
    distanceUnknown: 'Distancia desconocida',
    current: 'Asignada ahora',
  },
  done: {
    assign: (n, to) => `${n} asignada a ${to}`,
    start: (n) => `${n} iniciada`,
    resume: (n) => `${n} reanudada`,
    hold: (n) => `${n} en espera`,
    complete: (n) => `${n} completada`,
    close: (n) => `${n} cerrada`,
    reopen: (n) => `${n} reabierta`,
    priority: (n, p) => `${n}: prioridad ${p}`,
    note: (n) => `Nota añadida a ${n}`,
    duplicate: (n, o) => `${n} marcada como duplicada de ${o}`,
    cancel: (n) => `${n} cancelada`,
  },
  conflict: {
    title: (n) => `${n} cambió mientras trabajaba en ella`,
    changedBy: (who, n, when) => `${who} cambió ${n} el ${when}, después de que usted la abriera.`,
    you: 'Usted (en otra ventana)',
    someone: 'Otra persona del personal',
    actor: {
      STAFF: 'Una persona del personal',
      PARTNER: 'Una aplicación asociada',
      RESIDENT: 'Un residente',
      SYSTEM: 'El sistema',
    },
    loadingFresh: 'Cargando la versión actual…',
    freshError: 'No se pudo cargar la versión actual.',
    whatChanged: 'Qué cambió',
    change: (field, before, after) => `${field}: ${before} → ${after}`,
    field: {
      status: 'Estado',
      priority: 'Prioridad',
      crew: 'Cuadrilla',
      assignee: 'Asignada a',
      dueAt: 'Vence',
      holdReason: 'Motivo de la espera',
      resolutionCode: 'Resolución',
    },
    empty: 'nada',
    noVisibleChange: 'No cambió nada de lo que estaba viendo.',
    since: 'Cambios desde que la abrió',
    freshVersion: (v) => `El panel muestra ahora la versión actual (versión ${v}).`,
    notSent: 'Su cambio no se guardó: no se sobrescribió nada.',
    review: 'Revisar la versión actual',
    apply: 'Aplicar mi cambio a la versión actual',
    applyUnavailable: 'Su cambio ya no corresponde a la orden de trabajo tal como está ahora.',
  },
  invalidTransition: (from, to) =>
    `Esta orden de trabajo está ahora ${from}: no puede pasar a ${to}. El panel la muestra tal como está.`,
  bulk: {
    region: 'Asignación en bloque',
    selected: (count, formatted) =>
      count === 1
        ? `${formatted} orden de trabajo seleccionada`
        : `${formatted} órdenes de trabajo seleccionadas`,
    assignee: 'Asignar a',
    choose: 'Elija una cuadrilla o una persona',
    wholeCrew: (crew) => `${crew} (toda la cuadrilla)`,
    assign: 'Asignar las seleccionadas',
    assigning: 'Asignando…',
    loading: 'Cargando las órdenes seleccionadas…',
    loadError: 'No se pudieron cargar las órdenes seleccionadas.',
    manyDepartments: (count) =>
      `La selección abarca ${count} departamentos: una asignación necesita un solo departamento.`,
    keepLargest: (count, dep) => `Conservar solo las ${count} de ${dep}`,
    applied: (count, formatted, to) =>
      count === 1
        ? `${formatted} orden de trabajo asignada a ${to}`
        : `${formatted} órdenes de trabajo asignadas a ${to}`,
    notApplied: 'No se asignó nada: algunas órdenes de trabajo fueron rechazadas.',
    itemRefused: (n, reason) => `${n}: ${reason}`,
    itemNotApplied: 'no se aplicó porque otras fueron rechazadas',
    refreshRetry: 'Actualizar y reintentar',
    reason: {
      CONFLICT: 'otra persona la cambió desde que la seleccionó',
      INVALID_TRANSITION: 'ya no está abierta',
      NOT_FOUND: 'ya no existe',
      FORBIDDEN: 'no permitido',
      BAD_USER_INPUT: 'no se puede asignar a esta cuadrilla o persona',
    },
  },
};

export const actionsMessages: Record<Language, ActionsMessages> = { en, es };

import type { Language } from '../i18n';

/** The field worker’s “My work” page: their open work and their crew’s, on a phone. */
export interface MyWorkMessages {
  heading: string;
  /** Under the heading: whose work this is. `crew` is null for someone in no crew. */
  description: (crew: string | null) => string;
  loading: string;
  errorTitle: string;
  retry: string;
  empty: string;
  emptyHint: string;
  emptyMine: string;
  emptyCrew: string;
  /** The list's accessible name. */
  listLabel: string;
  /** "5 open work orders"; `formatted` is `count` in the language. */
  count: (count: number, formatted: string) => string;
  /** When a list has more than one page: the first `shown` (soonest due) of `total`. */
  truncated: (shown: string, total: string) => string;
  filter: {
    /** The chips' group name. */
    label: string;
    all: string;
    mine: string;
    crew: string;
  };
  relation: {
    mine: string;
    /** Crew work someone else in the crew has. */
    crewAssigned: (name: string) => string;
    /** Crew work no one in the crew has yet. */
    crewUnassigned: string;
  };
  sort: {
    byDistance: string;
    locating: string;
    orderDue: string;
    /** `accuracy` is formatted ("50 m"). */
    orderDistance: (accuracy: string) => string;
    denied: string;
    unavailable: string;
  };
  /** "850 m away". */
  away: (distance: string) => string;
  /** "Due Nov 6, 2026, 10:15 AM". */
  due: (date: string, time: string) => string;
  /** A card's link prefix for screen readers: "Work order WO-000123:". */
  workOrder: (number: string) => string;
  /** A card that just changed (live), beside its badges. */
  justUpdated: string;
  map: {
    show: string;
    hide: string;
  };
  detail: {
    back: string;
    loading: string;
    errorTitle: string;
    /** "Status: In progress". */
    statusLine: (status: string) => string;
    holdReason: (reason: string) => string;
    service: string;
    priority: string;
    due: string;
    assigned: string;
    distance: string;
    description: string;
    /** What was done, once the work is completed. */
    resolution: string;
    address: string;
    directions: string;
    /** Said after "Directions" to screen readers: the link leaves the console. */
    opensOsm: string;
    notes: string;
    noNotes: string;
    visibility: { PUBLIC: string; INTERNAL: string };
    /** Who wrote a note when no staff member did (the system, a partner app). */
    noteBySystem: string;
  };
}

export const myWorkMessages: Record<Language, MyWorkMessages> = {
  en: {
    heading: 'My work',
    description: (crew) =>
      crew === null
        ? 'Open work assigned to you.'
        : `Open work assigned to you or your crew, ${crew}.`,
    loading: 'Loading your work…',
    errorTitle: 'Your work could not be loaded.',
    retry: 'Try again',
    empty: 'No open work assigned to you or your crew',
    emptyHint: 'New work shows up here as soon as it is assigned to you or your crew.',
    emptyMine: 'Nothing is assigned to you right now.',
    emptyCrew: 'Your crew has no other open work right now.',
    listLabel: 'Your open work orders',
    count: (count, formatted) =>
      count === 1 ? `${formatted} open work order` : `${formatted} open work orders`,
    truncated: (shown, total) => `Showing the ${shown} due soonest of ${total}.`,
    filter: { label: 'Show', all: 'All', mine: 'Mine', crew: 'Crew' },
    relation: {
      mine: 'Assigned to you',
      crewAssigned: (name) => `Your crew: ${name}`,
      crewUnassigned: 'Your crew: not yet assigned',
    },
    sort: {
      byDistance: 'Sort by distance',
      locating: 'Finding your location…',
      orderDue: 'Overdue first, then due soonest.',
      orderDistance: (accuracy) => `Nearest first, from where you are (within ${accuracy}).`,
      denied:
        'Location is not allowed for this site, so your work stays in due-date order. You can allow it in your browser’s settings.',
      unavailable:
        'Your location could not be found just now, so your work stays in due-date order. Try again in a moment.',
    },
    away: (distance) => `${distance} away`,
    due: (date, time) => `Due ${date}, ${time}`,
    workOrder: (number) => `Work order ${number}:`,
    justUpdated: 'Just updated',
    map: { show: 'Show map', hide: 'Hide map' },
    detail: {
      back: 'Back to my work',
      loading: 'Loading the work order…',
      errorTitle: 'This work order could not be loaded.',
      statusLine: (status) => `Status: ${status}`,
      holdReason: (reason) => `On hold because: ${reason}`,
      service: 'Service',
      priority: 'Priority',
      due: 'Due',
      assigned: 'Assigned',
      distance: 'Distance',
      description: 'What was reported',
      resolution: 'What was done',
      address: 'Address',
      directions: 'Directions',
      opensOsm: '(OpenStreetMap, opens in a new tab)',
      notes: 'Notes',
      noNotes: 'No notes yet.',
      visibility: { PUBLIC: 'Public', INTERNAL: 'Internal' },
      noteBySystem: 'City system',
    },
  },
  es: {
    heading: 'Mi trabajo',
    description: (crew) =>
      crew === null
        ? 'Trabajo abierto asignado a usted.'
        : `Trabajo abierto asignado a usted o a su cuadrilla, ${crew}.`,
    loading: 'Cargando su trabajo…',
    errorTitle: 'No se pudo cargar su trabajo.',
    retry: 'Reintentar',
    empty: 'No hay trabajo abierto asignado a usted ni a su cuadrilla',
    emptyHint: 'El trabajo nuevo aparece aquí en cuanto se le asigna a usted o a su cuadrilla.',
    emptyMine: 'No tiene nada asignado en este momento.',
    emptyCrew: 'Su cuadrilla no tiene otro trabajo abierto en este momento.',
    listLabel: 'Sus órdenes de trabajo abiertas',
    count: (count, formatted) =>
      count === 1
        ? `${formatted} orden de trabajo abierta`
        : `${formatted} órdenes de trabajo abiertas`,
    truncated: (shown, total) => `Se muestran las ${shown} que vencen antes, de ${total}.`,
    filter: { label: 'Mostrar', all: 'Todas', mine: 'Mías', crew: 'Cuadrilla' },
    relation: {
      mine: 'Asignada a usted',
      crewAssigned: (name) => `Su cuadrilla: ${name}`,
      crewUnassigned: 'Su cuadrilla: aún sin asignar',
    },
    sort: {
      byDistance: 'Ordenar por distancia',
      locating: 'Buscando su ubicación…',
      orderDue: 'Primero las vencidas, luego las que vencen antes.',
      orderDistance: (accuracy) =>
        `Las más cercanas primero, desde donde está (con un margen de ${accuracy}).`,
      denied:
        'La ubicación no está permitida para este sitio, así que su trabajo sigue ordenado por vencimiento. Puede permitirla en la configuración del navegador.',
      unavailable:
        'No se pudo encontrar su ubicación ahora, así que su trabajo sigue ordenado por vencimiento. Vuelva a intentarlo en un momento.',
    },
    away: (distance) => `a ${distance}`,
    due: (date, time) => `Vence el ${date}, ${time}`,
    workOrder: (number) => `Orden de trabajo ${number}:`,
    justUpdated: 'Recién actualizada',
    map: { show: 'Mostrar mapa', hide: 'Ocultar mapa' },
    detail: {
      back: 'Volver a mi trabajo',
      loading: 'Cargando la orden de trabajo…',
      errorTitle: 'No se pudo cargar esta orden de trabajo.',
      statusLine: (status) => `Estado: ${status}`,
      holdReason: (reason) => `En espera porque: ${reason}`,
      service: 'Servicio',
      priority: 'Prioridad',
      due: 'Vence',
      assigned: 'Asignada',
      distance: 'Distancia',
      description: 'Lo que se informó',
      resolution: 'Lo que se hizo',
      address: 'Dirección',
      directions: 'Cómo llegar',
      opensOsm: '(OpenStreetMap, se abre en una pestaña nueva)',
      notes: 'Notas',
      noNotes: 'Todavía no hay notas.',
      visibility: { PUBLIC: 'Pública', INTERNAL: 'Interna' },
      noteBySystem: 'Sistema de la ciudad',
    },
  },
};

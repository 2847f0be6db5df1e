import type { Language } from '../i18n';

/** The dispatcher workspace: filters, the list that follows the map, selection. */
export interface DispatchMessages {
  filters: {
    /** The filter region's accessible name. */
    label: string;
    /** The phone's collapse toggle: "Filters (3)" with 3 filters set. */
    toggle: (active: number) => string;
    text: string;
    textPlaceholder: string;
    /** Said under the text box while fewer than 3 characters are typed. */
    textTooShort: (minimum: number) => string;
    status: string;
    department: string;
    service: string;
    priority: string;
    district: string;
    overdue: string;
    any: string;
    anyOpenStatus: string;
    overdueOnly: string;
    notOverdue: string;
    /** A district's option: "District 3 — Name". */
    districtOption: (number: number, name: string) => string;
    /** A retired service, still on old work orders. */
    retired: (name: string) => string;
    clear: string;
    optionsError: string;
    retry: string;
  };
  list: {
    heading: string;
    /** The grid's accessible name. */
    label: string;
    /** How the list is ordered, said under the heading. */
    order: string;
    /** "124 in view"; `formatted` is `count` for the language; `estimate`: about. */
    inView: (count: number, formatted: string, estimate: boolean) => string;
    /** Before the map reports a viewport: the whole city. */
    inCity: (count: number, formatted: string, estimate: boolean) => string;
    showing: (shown: string, total: string) => string;
    loading: string;
    updating: string;
    loadMore: string;
    loadingMore: string;
    empty: string;
    emptyFiltered: string;
    errorTitle: string;
    retry: string;
    unassigned: string;
    overdue: string;
    due: string;
    /** A row checkbox's name: "Add WO-000123 to the bulk selection". */
    selectForBulk: (number: string) => string;
    selectAll: string;
    selectingAll: string;
    /** How many are in the bulk selection. */
    selected: (count: number, formatted: string) => string;
    /** Said when "Select all in view" took only the first 500 of more. */
    selectAllCapped: (limit: string, total: string) => string;
    clearSelection: string;
    /** Read once by screen readers on the grid: how to use it. */
    keyboardHint: string;
    columns: {
      bulk: string;
      workOrder: string;
      status: string;
      assignee: string;
      due: string;
    };
  };
}

export const dispatchMessages: Record<Language, DispatchMessages> = {
  en: {
    filters: {
      label: 'Filters',
      toggle: (active) => (active === 0 ? 'Filters' : `Filters (${active})`),
      text: 'Search',
      textPlaceholder: 'Summary, description or address',
      textTooShort: (minimum) => `Type at least ${minimum} characters to search.`,
      status: 'Status',
      department: 'Department',
      service: 'Service',
      priority: 'Priority',
      district: 'District',
      overdue: 'Overdue',
      any: 'Any',
      anyOpenStatus: 'Any open status',
      overdueOnly: 'Overdue only',
      notOverdue: 'Not overdue',
      districtOption: (number, name) => `District ${number} — ${name}`,
      retired: (name) => `${name} (retired)`,
      clear: 'Clear filters',
      optionsError: 'The filter choices could not be loaded.',
      retry: 'Retry',
    },
    list: {
      heading: 'Open work orders',
      label: 'Open work orders in view',
      order: 'Newest first.',
      inView: (_count, formatted, estimate) => `${estimate ? 'About ' : ''}${formatted} in view`,
      inCity: (count, formatted, estimate) =>
        `${estimate ? 'About ' : ''}${formatted} open ${count === 1 ? 'work order' : 'work orders'}`,
      showing: (shown, total) => `Showing ${shown} of ${total}`,
      loading: 'Loading open work orders…',
      updating: 'Updating…',
      loadMore: 'Load more',
      loadingMore: 'Loading…',
      empty: 'No open work orders here.',
      emptyFiltered: 'No open work orders match these filters here.',
      errorTitle: 'Open work orders could not be loaded.',
      retry: 'Retry',
      unassigned: 'Unassigned',
      overdue: 'Overdue',
      due: 'Due',
      selectForBulk: (number) => `Add ${number} to the bulk selection`,
      selectAll: 'Select all in view',
      selectingAll: 'Selecting…',
      selected: (_count, formatted) => `${formatted} selected`,
      selectAllCapped: (limit, total) => `Selected the first ${limit} of ${total}.`,
      clearSelection: 'Clear selection',
      keyboardHint: 'Up and Down arrows move, Enter opens, Shift+Space adds to the bulk selection.',
      columns: {
        bulk: 'Bulk',
        workOrder: 'Work order',
        status: 'Status',
        assignee: 'Assigned to',
        due: 'Due',
      },
    },
  },
  es: {
    filters: {
      label: 'Filtros',
      toggle: (active) => (active === 0 ? 'Filtros' : `Filtros (${active})`),
      text: 'Buscar',
      textPlaceholder: 'Resumen, descripción o dirección',
      textTooShort: (minimum) => `Escriba al menos ${minimum} caracteres para buscar.`,
      status: 'Estado',
      department: 'Departamento',
      service: 'Servicio',
      priority: 'Prioridad',
      district: 'Distrito',
      overdue: 'Vencidas',
      any: 'Cualquiera',
      anyOpenStatus: 'Cualquier estado abierto',
      overdueOnly: 'Solo vencidas',
      notOverdue: 'No vencidas',
      districtOption: (number, name) => `Distrito ${number} — ${name}`,
      retired: (name) => `${name} (retirado)`,
      clear: 'Borrar filtros',
      optionsError: 'No se pudieron cargar las opciones de los filtros.',
      retry: 'Reintentar',
    },
    list: {
      heading: 'Órdenes de trabajo abiertas',
      label: 'Órdenes de trabajo abiertas a la vista',
      order: 'Las más recientes primero.',
      inView: (_count, formatted, estimate) => `${estimate ? 'Unas ' : ''}${formatted} a la vista`,
      inCity: (count, formatted, estimate) =>
        `${estimate ? 'Unas ' : ''}${formatted} ${count === 1 ? 'orden de trabajo abierta' : 'órdenes de trabajo abiertas'}`,
      showing: (shown, total) => `Se muestran ${shown} de ${total}`,
      loading: 'Cargando las órdenes de trabajo abiertas…',
      updating: 'Actualizando…',
      loadMore: 'Cargar más',
      loadingMore: 'Cargando…',
      empty: 'No hay órdenes de trabajo abiertas aquí.',
      emptyFiltered: 'Ninguna orden de trabajo abierta coincide con estos filtros aquí.',
      errorTitle: 'No se pudieron cargar las órdenes de trabajo abiertas.',
      retry: 'Reintentar',
      unassigned: 'Sin asignar',
      overdue: 'Vencida',
      due: 'Vence',
      selectForBulk: (number) => `Añadir ${number} a la selección múltiple`,
      selectAll: 'Seleccionar todas a la vista',
      selectingAll: 'Seleccionando…',
      selected: (count, formatted) =>
        `${formatted} ${count === 1 ? 'seleccionada' : 'seleccionadas'}`,
      selectAllCapped: (limit, total) => `Se seleccionaron las primeras ${limit} de ${total}.`,
      clearSelection: 'Borrar selección',
      keyboardHint:
        'Las flechas arriba y abajo mueven, Intro abre, Mayús+Espacio añade a la selección múltiple.',
      columns: {
        bulk: 'Selección',
        workOrder: 'Orden de trabajo',
        status: 'Estado',
        assignee: 'Asignada a',
        due: 'Vence',
      },
    },
  },
};

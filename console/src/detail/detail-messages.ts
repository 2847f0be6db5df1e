import type { ChangeActorKind, RequestChannel, ServiceRequestStatus } from '../generated/graphql';
import type { Language } from '../i18n';

/** The detail panel of one work order. */
export interface DetailMessages {
  /** The region's name while nothing is selected. */
  heading: string;
  hint: string;
  close: string;
  /** "Work order WO-000123": the panel's heading. */
  title: (number: string) => string;
  loading: string;
  notFound: string;
  notFoundHint: string;
  errorTitle: string;
  retry: string;
  /** Some parts (the asset, the staff directory) did not answer; the rest is shown. */
  partial: string;
  fields: {
    status: string;
    priority: string;
    due: string;
    department: string;
    crew: string;
    assignee: string;
    version: string;
    holdReason: string;
    resolution: string;
    service: string;
    description: string;
    address: string;
    district: string;
    channel: string;
    requestedAt: string;
  };
  none: string;
  unassigned: string;
  overdue: string;
  /** Council district number, as a place name. */
  districtNumber: (district: number) => string;
  request: {
    heading: (number: string) => string;
    attributes: string;
    noAnswer: string;
    photos: string;
    noPhotos: string;
    /** The alt text of a thumbnail: "Photo 1 of 3 from the reporter". */
    photoAlt: (index: number, count: number, completion: boolean) => string;
    openFullSize: string;
    photoFailed: string;
    mediaLink: (index: number) => string;
    reporter: string;
    reporterName: string;
    reporterEmail: string;
    reporterPhone: string;
    reporterHidden: string;
    reporterNone: string;
  };
  channels: Record<RequestChannel, string>;
  requestStatus: Record<ServiceRequestStatus, string>;
  duplicates: {
    heading: string;
    loading: string;
    none: string;
    failed: string;
    /** "35 m away". */
    distance: (meters: string) => string;
    /** A nearby request without work the viewer can open. */
    requestOnly: (number: string) => string;
    open: (number: string) => string;
  };
  asset: {
    heading: string;
    tag: string;
    type: string;
    condition: string;
    conditionNone: string;
    /** 1 = failed … 5 = as new, inspected on a date. */
    conditionScore: (score: number, label: string, inspectedOn: string) => string;
    conditionLabels: Record<1 | 2 | 3 | 4 | 5, string>;
    recentWork: string;
    noRecentWork: string;
    hidden: string;
  };
  history: {
    heading: string;
    empty: string;
    actors: Record<ChangeActorKind, string>;
    /** "Status: New → Assigned". */
    change: (field: string, from: string, to: string) => string;
    fields: Record<string, string>;
  };
  notes: {
    heading: string;
    public: string;
    internal: string;
    publicHint: string;
    internalHint: string;
    empty: string;
    internalHidden: string;
    by: (name: string) => string;
  };
}

const en: DetailMessages = {
  heading: 'Work order detail',
  hint: 'Select a work order on the map or in the list to see its details.',
  close: 'Close the detail',
  title: (number) => `Work order ${number}`,
  loading: 'Loading the work order…',
  notFound: 'This work order no longer exists or you cannot see it.',
  notFoundHint: 'Choose another one on the map or in the list.',
  errorTitle: 'The work order could not be loaded.',
  retry: 'Retry',
  partial: 'Some details could not be loaded; the rest is shown.',
  fields: {
    status: 'Status',
    priority: 'Priority',
    due: 'Due',
    department: 'Department',
    crew: 'Crew',
    assignee: 'Assignee',
    version: 'Version',
    holdReason: 'On hold because',
    resolution: 'Resolution',
    service: 'Service',
    description: 'Description',
    address: 'Address',
    district: 'District',
    channel: 'Channel',
    requestedAt: 'Requested',
  },
  none: '—',
  unassigned: 'Unassigned',
  overdue: 'Overdue',
  districtNumber: (district) => `District ${district}`,
  request: {
    heading: (number) => `Request ${number}`,
    attributes: 'Answers',
    noAnswer: 'No answer',
    photos: 'Photos',
    noPhotos: 'No photos.',
    photoAlt: (index, count, completion) =>
      `${completion ? 'Completion photo' : 'Photo from the reporter'}, ${index} of ${count}`,
    openFullSize: 'opens full size in a new tab',
    photoFailed: 'The photo could not be loaded.',
    mediaLink: (index) => `Photo link ${index} (opens in a new tab)`,
    reporter: 'Reporter',
    reporterName: 'Name',
    reporterEmail: 'Email',
    reporterPhone: 'Phone',
    reporterHidden: 'Hidden for your role',
    reporterNone: 'No contact details given.',
  },
  channels: {
    PHONE: 'Phone',
    WEB: 'Web',
    MOBILE_APP: 'Mobile app',
    CHATBOT: 'Chatbot',
    EMAIL: 'Email',
    WALK_IN: 'Walk-in',
  },
  requestStatus: { OPEN: 'Open', CLOSED: 'Closed' },
  duplicates: {
    heading: 'Likely duplicates nearby',
    loading: 'Looking for similar requests nearby…',
    none: 'No similar open requests nearby.',
    failed: 'Similar requests could not be looked up.',
    distance: (meters) => `${meters} m away`,
    requestOnly: (number) => `Request ${number}`,
    open: (number) => `Open work order ${number}`,
  },
  asset: {
    heading: 'Asset',
    tag: 'Tag',
    type: 'Type',
    condition: 'Condition',
    conditionNone: 'Not inspected yet',
    conditionScore: (score, label, inspectedOn) =>
      `${score} of 5, ${label} (inspected ${inspectedOn})`,
    conditionLabels: { 1: 'failed', 2: 'poor', 3: 'fair', 4: 'good', 5: 'as new' },
    recentWork: 'Recent work on this asset',
    noRecentWork: 'No other work on this asset.',
    hidden: 'The asset could not be shown.',
  },
  history: {
    heading: 'History',
    empty: 'No changes yet.',
    actors: {
      STAFF: 'Staff member',
      PARTNER: 'Partner app',
      RESIDENT: 'Resident',
      SYSTEM: 'System',
    },
    change: (field, from, to) => `${field}: ${from} → ${to}`,
    fields: { status: 'Status', priority: 'Priority', overdue: 'Overdue' },
  },
  notes: {
    heading: 'Notes',
    public: 'Public notes',
    internal: 'Internal notes',
    publicHint: 'The reporter sees these.',
    internalHint: 'Staff only.',
    empty: 'None.',
    internalHidden: 'Hidden for your role',
    by: (name) => `by ${name}`,
  },
};

const es: DetailMessages = {
  heading: 'Detalle de la orden de trabajo',
  hint: 'Seleccione una orden de trabajo en el mapa o en la lista para ver su detalle.',
  close: 'Cerrar el detalle',
  title: (number) => `Orden de trabajo ${number}`,
  loading: 'Cargando la orden de trabajo…',
  notFound: 'Esta orden de trabajo ya no existe o usted no puede verla.',
  notFoundHint: 'Elija otra en el mapa o en la lista.',
  errorTitle: 'No se pudo cargar la orden de trabajo.',
  retry: 'Reintentar',
  partial: 'No se pudieron cargar algunos datos; se muestra el resto.',
  fields: {
    status: 'Estado',
    priority: 'Prioridad',
    due: 'Vence',
    department: 'Departamento',
    crew: 'Cuadrilla',
    assignee: 'Asignada a',
    version: 'Versión',
    holdReason: 'En espera porque',
    resolution: 'Resolución',
    service: 'Servicio',
    description: 'Descripción',
    address: 'Dirección',
    district: 'Distrito',
    channel: 'Canal',
    requestedAt: 'Solicitada',
  },
  none: '—',
  unassigned: 'Sin asignar',
  overdue: 'Vencida',
  districtNumber: (district) => `Distrito ${district}`,
  request: {
    heading: (number) => `Solicitud ${number}`,
    attributes: 'Respuestas',
    noAnswer: 'Sin respuesta',
    photos: 'Fotos',
    noPhotos: 'Sin fotos.',
    photoAlt: (index, count, completion) =>
      `${completion ? 'Foto del trabajo terminado' : 'Foto de quien reportó'}, ${index} de ${count}`,
    openFullSize: 'se abre a tamaño completo en una pestaña nueva',
    photoFailed: 'No se pudo cargar la foto.',
    mediaLink: (index) => `Enlace a foto ${index} (se abre en una pestaña nueva)`,
    reporter: 'Quien reportó',
    reporterName: 'Nombre',
    reporterEmail: 'Correo electrónico',
    reporterPhone: 'Teléfono',
    reporterHidden: 'Oculto para su rol',
    reporterNone: 'No dejó datos de contacto.',
  },
  channels: {
    PHONE: 'Teléfono',
    WEB: 'Web',
    MOBILE_APP: 'Aplicación móvil',
    CHATBOT: 'Asistente de chat',
    EMAIL: 'Correo electrónico',
    WALK_IN: 'En persona',
  },
  requestStatus: { OPEN: 'Abierta', CLOSED: 'Cerrada' },
  duplicates: {
    heading: 'Posibles duplicados cercanos',
    loading: 'Buscando solicitudes parecidas cerca…',
    none: 'No hay solicitudes abiertas parecidas cerca.',
    failed: 'No se pudieron buscar solicitudes parecidas.',
    distance: (meters) => `a ${meters} m`,
    requestOnly: (number) => `Solicitud ${number}`,
    open: (number) => `Abrir la orden de trabajo ${number}`,
  },
  asset: {
    heading: 'Activo',
    tag: 'Etiqueta',
    type: 'Tipo',
    condition: 'Estado de conservación',
    conditionNone: 'Aún sin inspeccionar',
    conditionScore: (score, label, inspectedOn) =>
      `${score} de 5, ${label} (inspeccionado el ${inspectedOn})`,
    conditionLabels: { 1: 'fallado', 2: 'malo', 3: 'regular', 4: 'bueno', 5: 'como nuevo' },
    recentWork: 'Trabajo reciente en este activo',
    noRecentWork: 'No hay otro trabajo en este activo.',
    hidden: 'No se pudo mostrar el activo.',
  },
  history: {
    heading: 'Historial',
    empty: 'Aún sin cambios.',
    actors: {
      STAFF: 'Personal municipal',
      PARTNER: 'Aplicación asociada',
      RESIDENT: 'Residente',
      SYSTEM: 'Sistema',
    },
    change: (field, from, to) => `${field}: ${from} → ${to}`,
    fields: { status: 'Estado', priority: 'Prioridad', overdue: 'Vencida' },
  },
  notes: {
    heading: 'Notas',
    public: 'Notas públicas',
    internal: 'Notas internas',
    publicHint: 'Quien reportó las ve.',
    internalHint: 'Solo para el personal.',
    empty: 'Ninguna.',
    internalHidden: 'Oculto para su rol',
    by: (name) => `por ${name}`,
  },
};

export const detailMessages: Record<Language, DetailMessages> = { en, es };

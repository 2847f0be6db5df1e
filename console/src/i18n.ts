import { createContext, use } from 'react';
import { type ActionsMessages, actionsMessages } from './actions/actions-messages';
import { type DetailMessages, detailMessages } from './detail/detail-messages';
import { type DispatchMessages, dispatchMessages } from './dispatch/dispatch-messages';
import { type ErrorMessages, errorMessages } from './errors/error-messages';
import { type ShellMessages, shellMessages } from './feedback/shell-messages';
import type { Locale, StaffRole, WorkOrderPriority, WorkOrderStatus } from './generated/graphql';
import { type LiveMessages, liveMessages } from './live/live-messages';
import { type DispatchMapMessages, dispatchMapMessages } from './map/dispatch-map-messages';
import { type MyWorkMessages, myWorkMessages } from './my-work/my-work-messages';

// A plain dictionary rather than an i18n library: two languages and a handful of
// strings do not justify one yet. Every user-visible string goes through here so that
// adding a language is adding one object.

export type Language = 'en' | 'es';

/** The strings every page shares; each feature's own come from its folder (FeatureMessages). */
export interface CoreMessages {
  appName: string;
  skipToContent: string;
  /** Signed in with a role the console has no page for (billing staff). */
  noPages: { title: string; body: string };
  city: {
    loading: string;
    errorTitle: string;
    retry: string;
  };
  signIn: {
    heading: string;
    description: string;
    email: string;
    password: string;
    submit: string;
    submitting: string;
    /** The same for an unknown email and a wrong password, on purpose. */
    badCredentials: string;
    /** `minutes` is null when the graph did not say how long the lock lasts. */
    locked: (minutes: number | null) => string;
    unavailable: string;
    /** The refresh token ran out: a long break, an idle tab. */
    sessionExpired: string;
    /** Accounts refused a refresh token still in date: revoked, or signed out elsewhere. */
    sessionEnded: string;
    signedOut: string;
  };
  session: {
    /** Read before the name by screen readers: "Signed in as Ana Ruiz, Dispatcher". */
    signedInAs: string;
    signOut: string;
    signingOut: string;
  };
  roles: Record<StaffRole, string>;
  openWorkOrders: {
    heading: string;
    description: string;
    caption: string;
    columns: {
      number: string;
      summary: string;
      service: string;
      status: string;
      priority: string;
      department: string;
      assignee: string;
      asset: string;
      created: string;
      due: string;
    };
    unassigned: string;
    none: string;
    overdue: string;
    loading: string;
    loadingMore: string;
    empty: string;
    emptyHint: string;
    errorTitle: string;
    retry: string;
    loadMore: string;
    scrollHint: string;
    /** "1,234 open work orders"; `formatted` is `count` formatted for the language. */
    total: (count: number, formatted: string) => string;
    /** "Showing 25 of 1,234". */
    showing: (shown: string, total: string) => string;
  };
  status: Record<WorkOrderStatus, string>;
  priority: Record<WorkOrderPriority, string>;
  /** What a history entry's action (CREATE, ASSIGN, …) did, as a timeline names it. */
  historyActions: Record<string, string>;
  map: {
    /** The map region's accessible name. */
    label: string;
    loading: string;
    errorTitle: string;
    retry: string;
    unsupportedTitle: string;
    unsupportedDetail: string;
    /** Credits the city's open data, in the map's attribution. */
    attribution: (city: string) => string;
    /** A work order's popup: "Work order WO-000123". */
    workOrder: (number: string) => string;
    /**
     * maplibre-gl's own UI strings (its `locale` option): control labels, the canvas's
     * name, the hint for moving the map on a touch screen.
     */
    controls: Record<string, string>;
  };
}

const en: CoreMessages = {
  appName: 'CivicGraph Console',
  skipToContent: 'Skip to main content',
  noPages: {
    title: 'Nothing here for your role yet',
    body: 'The console has pages for dispatch and field work. Billing staff read utility accounts, bills and payments through the city’s GraphQL API with this sign-in.',
  },
  city: {
    loading: 'Loading the city’s settings…',
    errorTitle: 'The city’s settings could not be loaded.',
    retry: 'Retry',
  },
  signIn: {
    heading: 'Sign in',
    description: 'City staff: sign in with your work email.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    badCredentials: 'Email or password is incorrect.',
    locked: (minutes) =>
      minutes === null
        ? 'Too many failed attempts: sign-in is locked for a while. Try again later.'
        : `Too many failed attempts: sign-in is locked. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    unavailable: 'Sign-in is not available right now. Try again in a moment.',
    sessionExpired: 'Your session has expired; sign in again.',
    sessionEnded:
      'Your session was ended (signed out elsewhere or by an administrator); sign in again.',
    signedOut: 'You have signed out.',
  },
  session: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
  },
  roles: {
    ADMIN: 'Administrator',
    SUPERVISOR: 'Supervisor',
    DISPATCHER: 'Dispatcher',
    FIELD_WORKER: 'Field worker',
    ANALYST: 'Analyst',
    BILLING: 'Billing',
  },
  openWorkOrders: {
    heading: 'Open work orders',
    description: 'Work that is new, assigned, in progress or on hold, newest first.',
    caption: 'Open work orders, newest first',
    columns: {
      number: 'Number',
      summary: 'Summary',
      service: 'Service',
      status: 'Status',
      priority: 'Priority',
      department: 'Department',
      assignee: 'Assignee',
      asset: 'Asset',
      created: 'Created',
      due: 'Due',
    },
    unassigned: 'Unassigned',
    none: '—',
    overdue: 'Overdue',
    loading: 'Loading open work orders…',
    loadingMore: 'Loading…',
    empty: 'No open work orders.',
    emptyHint: 'New work orders appear here as soon as they are created.',
    errorTitle: 'Open work orders could not be loaded.',
    retry: 'Retry',
    loadMore: 'Load more',
    scrollHint: 'Open work orders table, scrollable',
    total: (count, formatted) =>
      count === 1 ? `${formatted} open work order` : `${formatted} open work orders`,
    showing: (shown, total) => `Showing ${shown} of ${total}`,
  },
  status: {
    NEW: 'New',
    ASSIGNED: 'Assigned',
    IN_PROGRESS: 'In progress',
    ON_HOLD: 'On hold',
    COMPLETED: 'Completed',
    CLOSED: 'Closed',
    CANCELLED: 'Cancelled',
  },
  historyActions: {
    CREATE: 'Created',
    ASSIGN: 'Assigned',
    START: 'Started',
    HOLD: 'Put on hold',
    RESUME: 'Resumed',
    COMPLETE: 'Completed',
    CLOSE: 'Closed',
    CANCEL: 'Cancelled',
    REOPEN: 'Reopened',
    PRIORITY: 'Priority changed',
    NOTE: 'Note added',
    SPLIT: 'Split',
    OVERDUE: 'Became overdue',
    MARK_DUPLICATE: 'Marked as duplicate',
  },
  priority: {
    LOW: 'Low',
    NORMAL: 'Normal',
    HIGH: 'High',
    URGENT: 'Urgent',
  },
  map: {
    label: 'City map',
    loading: 'Loading the map…',
    errorTitle: 'The map could not be loaded.',
    retry: 'Retry',
    unsupportedTitle: 'This browser cannot show the map.',
    unsupportedDetail: 'The map needs WebGL, which is turned off or unavailable here.',
    attribution: (city) => `Map data: ${city}`,
    workOrder: (number) => `Work order ${number}`,
    controls: {
      'Map.Title': 'Map: arrow keys move it, plus and minus zoom',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Reset the map to north',
      'AttributionControl.ToggleAttribution': 'Show or hide the map credits',
      'Popup.Close': 'Close',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Feet': 'ft',
      'ScaleControl.Miles': 'mi',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    },
  },
};

const es: CoreMessages = {
  appName: 'Consola CivicGraph',
  skipToContent: 'Saltar al contenido principal',
  noPages: {
    title: 'Todavía no hay nada aquí para su función',
    body: 'La consola tiene páginas para el despacho y el trabajo de campo. El personal de facturación consulta cuentas de servicios, facturas y pagos con la API GraphQL de la ciudad con este inicio de sesión.',
  },
  city: {
    loading: 'Cargando la configuración de la ciudad…',
    errorTitle: 'No se pudo cargar la configuración de la ciudad.',
    retry: 'Reintentar',
  },
  signIn: {
    heading: 'Iniciar sesión',
    description: 'Personal municipal: inicie sesión con su correo de trabajo.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    submitting: 'Iniciando sesión…',
    badCredentials: 'El correo o la contraseña no son correctos.',
    locked: (minutes) =>
      minutes === null
        ? 'Demasiados intentos fallidos: el inicio de sesión está bloqueado por un tiempo. Vuelva a intentarlo más tarde.'
        : `Demasiados intentos fallidos: el inicio de sesión está bloqueado. Vuelva a intentarlo en ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
    unavailable:
      'El inicio de sesión no está disponible en este momento. Vuelva a intentarlo en un momento.',
    sessionExpired: 'Su sesión ha caducado; vuelva a iniciar sesión.',
    sessionEnded:
      'Se cerró su sesión (desde otro lugar o por una persona administradora); vuelva a iniciar sesión.',
    signedOut: 'Ha cerrado la sesión.',
  },
  session: {
    signedInAs: 'Sesión iniciada como',
    signOut: 'Cerrar sesión',
    signingOut: 'Cerrando sesión…',
  },
  roles: {
    ADMIN: 'Administración',
    SUPERVISOR: 'Supervisión',
    DISPATCHER: 'Despacho',
    FIELD_WORKER: 'Trabajo de campo',
    ANALYST: 'Análisis',
    BILLING: 'Facturación',
  },
  openWorkOrders: {
    heading: 'Órdenes de trabajo abiertas',
    description: 'Trabajo nuevo, asignado, en curso o en espera; las más recientes primero.',
    caption: 'Órdenes de trabajo abiertas, las más recientes primero',
    columns: {
      number: 'Número',
      summary: 'Resumen',
      service: 'Servicio',
      status: 'Estado',
      priority: 'Prioridad',
      department: 'Departamento',
      assignee: 'Asignada a',
      asset: 'Activo',
      created: 'Creada',
      due: 'Vence',
    },
    unassigned: 'Sin asignar',
    none: '—',
    overdue: 'Vencida',
    loading: 'Cargando órdenes de trabajo abiertas…',
    loadingMore: 'Cargando…',
    empty: 'No hay órdenes de trabajo abiertas.',
    emptyHint: 'Las nuevas órdenes de trabajo aparecen aquí en cuanto se crean.',
    errorTitle: 'No se pudieron cargar las órdenes de trabajo abiertas.',
    retry: 'Reintentar',
    loadMore: 'Cargar más',
    scrollHint: 'Tabla de órdenes de trabajo abiertas, desplazable',
    total: (count, formatted) =>
      count === 1
        ? `${formatted} orden de trabajo abierta`
        : `${formatted} órdenes de trabajo abiertas`,
    showing: (shown, total) => `Mostrando ${shown} de ${total}`,
  },
  status: {
    NEW: 'Nueva',
    ASSIGNED: 'Asignada',
    IN_PROGRESS: 'En curso',
    ON_HOLD: 'En espera',
    COMPLETED: 'Completada',
    CLOSED: 'Cerrada',
    CANCELLED: 'Cancelada',
  },
  historyActions: {
    CREATE: 'Creada',
    ASSIGN: 'Asignada',
    START: 'Iniciada',
    HOLD: 'Puesta en espera',
    RESUME: 'Reanudada',
    COMPLETE: 'Completada',
    CLOSE: 'Cerrada',
    CANCEL: 'Cancelada',
    REOPEN: 'Reabierta',
    PRIORITY: 'Prioridad cambiada',
    NOTE: 'Nota añadida',
    SPLIT: 'Dividida',
    OVERDUE: 'Pasó a estar vencida',
    MARK_DUPLICATE: 'Marcada como duplicada',
  },
  priority: {
    LOW: 'Baja',
    NORMAL: 'Normal',
    HIGH: 'Alta',
    URGENT: 'Urgente',
  },
  map: {
    label: 'Mapa de la ciudad',
    loading: 'Cargando el mapa…',
    errorTitle: 'No se pudo cargar el mapa.',
    retry: 'Reintentar',
    unsupportedTitle: 'Este navegador no puede mostrar el mapa.',
    unsupportedDetail: 'El mapa necesita WebGL, que está desactivado o no disponible aquí.',
    attribution: (city) => `Datos del mapa: ${city}`,
    workOrder: (number) => `Orden de trabajo ${number}`,
    controls: {
      'Map.Title': 'Mapa: las flechas lo desplazan, más y menos acercan y alejan',
      'NavigationControl.ZoomIn': 'Acercar',
      'NavigationControl.ZoomOut': 'Alejar',
      'NavigationControl.ResetBearing': 'Orientar el mapa al norte',
      'AttributionControl.ToggleAttribution': 'Mostrar u ocultar los créditos del mapa',
      'Popup.Close': 'Cerrar',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Feet': 'pies',
      'ScaleControl.Miles': 'mi',
      'CooperativeGesturesHandler.MobileHelpText': 'Use dos dedos para mover el mapa',
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + rueda para acercar el mapa',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + rueda para acercar el mapa',
    },
  },
};

/** Each feature's strings live beside it, so that features do not edit one file. */
export interface FeatureMessages {
  dispatch: DispatchMessages;
  dispatchMap: DispatchMapMessages;
  detail: DetailMessages;
  actions: ActionsMessages;
  live: LiveMessages;
  myWork: MyWorkMessages;
  shell: ShellMessages;
  errors: ErrorMessages;
}

export type Messages = CoreMessages & FeatureMessages;

function featureMessages(language: Language): FeatureMessages {
  return {
    dispatch: dispatchMessages[language],
    dispatchMap: dispatchMapMessages[language],
    detail: detailMessages[language],
    actions: actionsMessages[language],
    live: liveMessages[language],
    myWork: myWorkMessages[language],
    shell: shellMessages[language],
    errors: errorMessages[language],
  };
}

const dictionaries: Record<Language, Messages> = {
  en: { ...en, ...featureMessages('en') },
  es: { ...es, ...featureMessages('es') },
};

export interface I18n {
  language: Language;
  /** The value the graph's `locale` arguments take for this language. */
  locale: Locale;
  messages: Messages;
  /** Switches the whole console; remembered on this device (I18nProvider). */
  setLanguage: (language: Language) => void;
}

export function i18nFor(language: Language): I18n {
  return {
    language,
    locale: language === 'es' ? 'ES' : 'EN',
    messages: dictionaries[language],
    setLanguage: () => {},
  };
}

/** Where the chosen language is remembered on this device (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'civicgraph.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'es';
}

/** The first of the browser's preferred languages that we have, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base;
  }
  return 'en';
}

// English by default so that a component rendered without a provider (a test, a
// story) still has strings.
export const I18nContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return use(I18nContext);
}

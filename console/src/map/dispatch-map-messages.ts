import type { Language } from '../i18n';

/** The dispatcher map: selection, polygon drawing, the legend, the field worker map. */
export interface DispatchMapMessages {
  /** The dispatcher map region's name. */
  label: string;
  /** aria-describedby of the region: what it does and its accessible alternative. */
  description: string;
  legendTitle: string;
  /** One letter per status, drawn on each point (status is never shown by colour alone). */
  statusLetter: Record<'NEW' | 'ASSIGNED' | 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED', string>;
  overdue: string;
  cluster: string;
  drawArea: string;
  drawAreaDescription: string;
  drawing: string;
  finishArea: string;
  cancelArea: string;
  selectingArea: string;
  areaSelected: (count: number) => string;
  areaTooLarge: (limit: number) => string;
  areaFailed: string;
  /** The field worker's map. */
  myWorkLabel: string;
  myWorkDescription: string;
}

export const dispatchMapMessages: Record<Language, DispatchMapMessages> = {
  en: {
    label: 'Work orders map',
    description:
      'Open work orders as the filters show them: grouped with a count at city zoom, one by one at street zoom, each marked with its status letter, overdue ones ringed in red. Click a work order to open it, a group to zoom in. The list beside the map shows the same work orders and is the keyboard and screen-reader alternative.',
    legendTitle: 'Legend',
    statusLetter: { NEW: 'N', ASSIGNED: 'A', IN_PROGRESS: 'P', ON_HOLD: 'H', COMPLETED: 'C' },
    overdue: 'Overdue (red ring)',
    cluster: 'Group of work orders (number inside)',
    drawArea: 'Draw area',
    drawAreaDescription:
      'Selects the open work orders inside an area you draw on the map: click to add corners, double-click or press Enter to finish, Escape to cancel. Without a mouse, use “Select all in view” in the list.',
    drawing: 'Click to add corners; double-click or press Enter to finish, Escape to cancel.',
    finishArea: 'Finish area',
    cancelArea: 'Cancel',
    selectingArea: 'Finding the work orders in the area…',
    areaSelected: (count) =>
      count === 1
        ? '1 work order in the area selected.'
        : `${count} work orders in the area selected.`,
    areaTooLarge: (limit) =>
      `More than ${limit} work orders: only the first ${limit} were selected.`,
    areaFailed: 'The work orders in the area could not be loaded.',
    myWorkLabel: 'Map of my work',
    myWorkDescription:
      'Your open work orders on the city map, numbered as in the list above, which has the same work and is the accessible alternative.',
  },
  es: {
    label: 'Mapa de órdenes de trabajo',
    description:
      'Las órdenes de trabajo abiertas según los filtros: agrupadas con su número a escala de ciudad, una a una a escala de calle, cada una con la letra de su estado; las vencidas, con un anillo rojo. Haga clic en una orden para abrirla, en un grupo para acercarse. La lista junto al mapa muestra las mismas órdenes y es la alternativa para teclado y lector de pantalla.',
    legendTitle: 'Leyenda',
    statusLetter: { NEW: 'N', ASSIGNED: 'A', IN_PROGRESS: 'C', ON_HOLD: 'E', COMPLETED: 'T' },
    overdue: 'Vencida (anillo rojo)',
    cluster: 'Grupo de órdenes (número dentro)',
    drawArea: 'Dibujar zona',
    drawAreaDescription:
      'Selecciona las órdenes abiertas dentro de una zona que dibuja en el mapa: haga clic para añadir esquinas, doble clic o Intro para terminar, Escape para cancelar. Sin ratón, use «Seleccionar todo lo visible» en la lista.',
    drawing:
      'Haga clic para añadir esquinas; doble clic o Intro para terminar, Escape para cancelar.',
    finishArea: 'Terminar zona',
    cancelArea: 'Cancelar',
    selectingArea: 'Buscando las órdenes de la zona…',
    areaSelected: (count) =>
      count === 1
        ? '1 orden de trabajo de la zona seleccionada.'
        : `${count} órdenes de trabajo de la zona seleccionadas.`,
    areaTooLarge: (limit) =>
      `Más de ${limit} órdenes: solo se seleccionaron las primeras ${limit}.`,
    areaFailed: 'No se pudieron cargar las órdenes de la zona.',
    myWorkLabel: 'Mapa de mi trabajo',
    myWorkDescription:
      'Sus órdenes abiertas en el mapa de la ciudad, numeradas como en la lista de arriba, que tiene el mismo trabajo y es la alternativa accesible.',
  },
};

// Settings that belong to the city, not to the code. Hard-coded for the demo city
// until the graph exposes the city's own settings (a later issue); nothing else in
// the console may assume Phoenix.

/** IANA time zone in which dates are shown to city staff. */
export const cityTimeZone = 'America/Phoenix';

/** Rows fetched per page of the work-order list. */
export const workOrdersPageSize = 25;

// Settings of the console itself. Nothing here may name a city: the city's own
// settings (name, time zone) come from the graph's `city` query.

/** Rows fetched per page of the work-order list. */
export const workOrdersPageSize = 25;

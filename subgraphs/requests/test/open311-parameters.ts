/** The parameters GET requests reads: the spec's, then the extensions this city serves. */
export const OPEN311_REQUEST_PARAMETERS = [
  'service_request_id',
  'service_code',
  'start_date',
  'end_date',
  'status',
  'page',
  'page_size',
  'updated_after',
  'updated_before',
  'after_service_request_id',
  'lat',
  'long',
  'radius',
] as const;

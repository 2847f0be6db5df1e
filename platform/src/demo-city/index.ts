export type * from '../geo/geojson';
export { pointInPolygon } from '../geo/geometry';
export { DEFAULT_BATCH_SIZE, generateCity, REQUEST_WINDOW_DAYS } from './generate';
export { DEMO_PASSWORD, demoLoginEmail } from './organisation';
export {
  DEFAULT_CITY_PROFILE,
  listCityProfiles,
  loadCityProfile,
  validateCityProfile,
} from './profile';
export type * from './types';

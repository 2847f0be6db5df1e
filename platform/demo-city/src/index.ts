export type { AnyDemoSeed, DemoSeed, SeedProgress } from './demo-seed';
export {
  DEFAULT_BATCH_SIZE,
  type DemoCityOptions,
  generateCity,
  generateDemoCity,
  REQUEST_WINDOW_DAYS,
} from './generate';
export { DEMO_PASSWORD, demoLoginEmail } from './organisation';
export {
  DEFAULT_CITY_PROFILE,
  listCityProfiles,
  loadCityProfile,
  validateCityProfile,
} from './profile';
export { cityProfileSchema } from './profile-schema';
export { Random } from './random';
export type * from './types';

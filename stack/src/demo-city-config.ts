import { DEFAULT_CITY_PROFILE, listCityProfiles } from '@civicgraph/demo-city';
import { configFields } from '@civicgraph/platform';
import { z } from 'zod';

/** Which demo city to seed, as `npm start` and the migration job both read it. */
export const demoCityConfig = z.object({
  CITY: z
    .string()
    .refine((id) => listCityProfiles().includes(id), {
      error: `must be one of the city profiles: ${listCityProfiles().join(', ')}`,
    })
    .default(DEFAULT_CITY_PROFILE),
  DEMO_SEED: configFields.positiveInt(311),
  DEMO_REQUESTS: configFields.positiveInt(5000),
});

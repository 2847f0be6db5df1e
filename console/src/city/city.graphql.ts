import { graphql } from '../generated';
import type { CityQuery } from '../generated/graphql';

export const CityDocument = graphql(`
  query City {
    city {
      id
      name
      timeZone
    }
  }
`);

/** What the console needs to know about the city it serves. */
export type CitySettings = CityQuery['city'];

import { graphql } from '../generated';
import type { DispatchFilterOptionsQuery } from '../generated/graphql';

/**
 * What the filters offer: the catalog's services (by code, the link's key; retired ones
 * too, since old work still carries them), the departments and the council districts.
 */
export const DispatchFilterOptionsDocument = graphql(`
  query DispatchFilterOptions($locale: Locale!) {
    services(includeInactive: true) {
      id
      code
      name(locale: $locale)
      active
    }
    departments {
      id
      name(locale: $locale)
    }
    city {
      id
      districts {
        number
        name
      }
    }
  }
`);

export type DispatchFilterOptions = DispatchFilterOptionsQuery;

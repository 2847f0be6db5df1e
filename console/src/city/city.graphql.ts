import { gql, type TypedDocumentNode } from '@apollo/client';

// Result types are written by hand for now, like the work-order documents.

/** What the console needs to know about the city it serves. */
export interface CitySettings {
  __typename?: 'City';
  id: string;
  name: string;
  /** IANA time zone in which staff read dates, e.g. America/Phoenix. */
  timeZone: string;
}

export interface CityQuery {
  city: CitySettings;
}

export const CityDocument: TypedDocumentNode<CityQuery, Record<string, never>> = gql`
  query City {
    city {
      id
      name
      timeZone
    }
  }
`;

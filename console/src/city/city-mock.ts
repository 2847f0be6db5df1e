import type { MockLink } from '@apollo/client/testing';
import type { CityQuery, CityQueryVariables } from '../generated/graphql';
import { CityDocument, type CitySettings } from './city.graphql';

// For component tests only: the answer to the city query that every page now asks first.

export const phoenix: CitySettings = {
  __typename: 'City',
  id: 'phoenix',
  name: 'Phoenix',
  timeZone: 'America/Phoenix',
};

export function cityMock(
  city: CitySettings = phoenix,
): MockLink.MockedResponse<CityQuery, CityQueryVariables> {
  return { request: { query: CityDocument }, result: { data: { city } } };
}

import type { MockLink } from '@apollo/client/testing';
import { CityDocument, type CityQuery, type CitySettings } from './city.graphql';

// For component tests only: the answer to the city query that every page now asks first.

export const phoenix: CitySettings = {
  __typename: 'City',
  id: 'phoenix',
  name: 'Phoenix',
  timeZone: 'America/Phoenix',
};

export function cityMock(
  city: CitySettings = phoenix,
): MockLink.MockedResponse<CityQuery, Record<string, never>> {
  return { request: { query: CityDocument }, result: { data: { city } } };
}

import type { MultiPolygon, Polygon } from '@civicgraph/platform';

/** Opening hours the SLA clock counts in: ISO weekdays (1 = Monday), local HH:MM. */
export interface BusinessHours {
  days: number[];
  start: string;
  end: string;
}

export interface CityTable {
  id: boolean;
  name: string;
  jurisdictionId: string;
  numberPrefix: string;
  timeZone: string;
  boundary: Polygon | MultiPolygon;
  businessHours: BusinessHours;
  /** Local dates (YYYY-MM-DD) on which no business hours count. */
  holidays: string[];
}

export interface DistrictTable {
  number: number;
  name: string;
  geometry: Polygon | MultiPolygon;
}

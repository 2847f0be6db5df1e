/**
 * The arterial grid of a city profile: where each named arterial runs, the parts of
 * the network inside the city boundary (where the city's own assets and requests
 * are), and street addresses for any point.
 */

import {
  type Bbox,
  bboxFromArray,
  clipAxisLine,
  degreesPerMeter,
  degreesPerMile,
  type LineString,
} from '@civicgraph/platform/geo';
import type { CityProfile } from './types';

export type Axis = 'NORTH_SOUTH' | 'EAST_WEST';

export interface Arterial {
  /** Position in the profile's list for its axis. */
  index: number;
  name: string;
  axis: Axis;
  /** Longitude of a north-south arterial, latitude of an east-west one. */
  at: number;
}

/** A stretch of one arterial inside the city boundary. */
export interface NetworkSpan {
  arterial: Arterial;
  /** Range of the varying coordinate (latitude for north-south, longitude for east-west). */
  from: number;
  to: number;
  miles: number;
}

export interface NetworkPoint {
  arterial: Arterial;
  lon: number;
  lat: number;
}

export class StreetGrid {
  /** Arterials that cross the bbox, north-south (west → east) then east-west (south → north). */
  readonly arterials: Arterial[];
  /** The in-boundary network, in arterial order. */
  readonly spans: NetworkSpan[];
  /** Miles of arterial inside the boundary: the city's own street network. */
  readonly cityMiles: number;
  private readonly bbox: Bbox;
  private readonly degPerMile: { lon: number; lat: number };
  private readonly firstLon: number;
  private readonly firstLat: number;
  /** Degrees between neighbouring arterials. */
  private readonly stepLon: number;
  private readonly stepLat: number;
  private readonly nsNames: string[];
  private readonly ewNames: string[];
  private readonly originLon: number;
  private readonly originLat: number;
  /** Cumulative miles at the end of each span, for picking a point along the network. */
  private readonly spanEnds: Float64Array;

  constructor(profile: CityProfile) {
    this.bbox = bboxFromArray(profile.bbox);
    const { west, south, east, north } = this.bbox;
    const { spacingMiles, northSouth, eastWest, addressOrigin } = profile.streetGrid;
    this.degPerMile = degreesPerMile((south + north) / 2);
    this.nsNames = northSouth;
    this.ewNames = eastWest;
    const dLon = spacingMiles * this.degPerMile.lon;
    const dLat = spacingMiles * this.degPerMile.lat;
    this.stepLon = dLon;
    this.stepLat = dLat;
    // The profile names the arterials but not where the grid starts: centre the named
    // grid in the bbox, so a list that spans the bbox fills it evenly.
    this.firstLon = west + (east - west - (northSouth.length - 1) * dLon) / 2;
    this.firstLat = south + (north - south - (eastWest.length - 1) * dLat) / 2;

    const arterials: Arterial[] = [];
    northSouth.forEach((name, index) => {
      const at = this.firstLon + index * dLon;
      if (at >= west && at <= east) arterials.push({ index, name, axis: 'NORTH_SOUTH', at });
    });
    eastWest.forEach((name, index) => {
      const at = this.firstLat + index * dLat;
      if (at >= south && at <= north) arterials.push({ index, name, axis: 'EAST_WEST', at });
    });
    this.arterials = arterials;

    const nsOrigin = addressOrigin ? northSouth.indexOf(addressOrigin.northSouth) : -1;
    const ewOrigin = addressOrigin ? eastWest.indexOf(addressOrigin.eastWest) : -1;
    const nsOriginIndex = nsOrigin >= 0 ? nsOrigin : Math.floor((northSouth.length - 1) / 2);
    const ewOriginIndex = ewOrigin >= 0 ? ewOrigin : Math.floor((eastWest.length - 1) / 2);
    this.originLon = this.firstLon + nsOriginIndex * dLon;
    this.originLat = this.firstLat + ewOriginIndex * dLat;

    const spans: NetworkSpan[] = [];
    for (const arterial of arterials) {
      for (const [from, to] of clipAxisLine(
        profile.boundary.geometry,
        arterial.axis,
        arterial.at,
      )) {
        spans.push({ arterial, from, to, miles: (to - from) / this.perMileAlong(arterial.axis) });
      }
    }
    this.spans = spans;
    this.spanEnds = new Float64Array(spans.length);
    let miles = 0;
    spans.forEach((span, i) => {
      miles += span.miles;
      this.spanEnds[i] = miles;
    });
    this.cityMiles = miles;
  }

  /** Degrees per mile along an arterial of the given axis. */
  perMileAlong(axis: Axis): number {
    return axis === 'NORTH_SOUTH' ? this.degPerMile.lat : this.degPerMile.lon;
  }

  /** The arterial as a LineString across the bbox. */
  line(arterial: Arterial): LineString {
    const { west, south, east, north } = this.bbox;
    return {
      type: 'LineString',
      coordinates:
        arterial.axis === 'NORTH_SOUTH'
          ? [
              [arterial.at, south],
              [arterial.at, north],
            ]
          : [
              [west, arterial.at],
              [east, arterial.at],
            ],
    };
  }

  /** The point `miles` along the in-boundary network (0 ≤ miles < cityMiles). */
  pointAlong(miles: number): NetworkPoint {
    const index = this.spanIndexAt(miles);
    const span = this.spans[index] as NetworkSpan;
    const start = index === 0 ? 0 : (this.spanEnds[index - 1] as number);
    const value = span.from + (miles - start) * this.perMileAlong(span.arterial.axis);
    return this.pointOn(span.arterial, Math.min(value, span.to));
  }

  /** The index of the span containing network mile `miles`. */
  private spanIndexAt(miles: number): number {
    if (this.spans.length === 0) throw new Error('the street grid has no arterial inside the city');
    const ends = this.spanEnds;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) > miles) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A point on an arterial, `value` being its varying coordinate. */
  pointOn(arterial: Arterial, value: number): NetworkPoint {
    return arterial.axis === 'NORTH_SOUTH'
      ? { arterial, lon: arterial.at, lat: value }
      : { arterial, lon: value, lat: arterial.at };
  }

  /** The arterial nearest to a point (by perpendicular distance). */
  nearestArterial(lon: number, lat: number): Arterial {
    const dLon = this.stepLon;
    const dLat = this.stepLat;
    const ns = clampIndex(Math.round((lon - this.firstLon) / dLon), this.nsNames.length);
    const ew = clampIndex(Math.round((lat - this.firstLat) / dLat), this.ewNames.length);
    const nsAt = this.firstLon + ns * dLon;
    const ewAt = this.firstLat + ew * dLat;
    const nsMiles = Math.abs(lon - nsAt) / this.degPerMile.lon;
    const ewMiles = Math.abs(lat - ewAt) / this.degPerMile.lat;
    return nsMiles <= ewMiles
      ? { index: ns, name: this.nsNames[ns] as string, axis: 'NORTH_SOUTH', at: nsAt }
      : { index: ew, name: this.ewNames[ew] as string, axis: 'EAST_WEST', at: ewAt };
  }

  /**
   * A grid address such as "1234 N 19th Ave": the nearest arterial, numbered 1000 per
   * mile from the address origin, even numbers on the east/north side, odd on the other.
   */
  addressAt(lon: number, lat: number): string {
    const arterial = this.nearestArterial(lon, lat);
    let miles: number;
    let direction: string;
    let evenSide: boolean;
    if (arterial.axis === 'NORTH_SOUTH') {
      miles = (lat - this.originLat) / this.degPerMile.lat;
      direction = miles >= 0 ? 'N' : 'S';
      evenSide = lon >= arterial.at;
    } else {
      miles = (lon - this.originLon) / this.degPerMile.lon;
      direction = miles >= 0 ? 'E' : 'W';
      evenSide = lat >= arterial.at;
    }
    let number = 2 * Math.round(Math.abs(miles) * 500);
    if (!evenSide) number += 1;
    if (number === 0) number = 2;
    return `${number} ${direction} ${arterial.name}`;
  }

  /** Moves a network point sideways off its arterial by `meters` (negative: other side). */
  besideArterial(point: NetworkPoint, meters: number): [number, number] {
    const perMeter = degreesPerMeter(point.lat);
    return point.arterial.axis === 'NORTH_SOUTH'
      ? [point.lon + meters * perMeter.lon, point.lat]
      : [point.lon, point.lat + meters * perMeter.lat];
  }
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}

import type { FeatureCollection, Polygon } from '../geo/geojson';
import { type Bbox, geometryBbox, pointInPolygon } from '../geo/geometry';

interface IndexedDistrict {
  number: number;
  geometry: Polygon;
  bbox: Bbox;
}

/**
 * Answers "which council district is this point in?" for millions of points: a bbox
 * test first, the polygon test only for the few candidates.
 */
export class DistrictIndex {
  private readonly districts: IndexedDistrict[];

  constructor(collection: FeatureCollection<Polygon, { number: number; name: string }>) {
    this.districts = collection.features.map((feature) => ({
      number: feature.properties.number,
      geometry: feature.geometry,
      bbox: geometryBbox(feature.geometry),
    }));
  }

  /** The number of the district containing the point, or null outside every district. */
  districtAt(lon: number, lat: number): number | null {
    for (const district of this.districts) {
      const [west, south, east, north] = district.bbox;
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (pointInPolygon(district.geometry, lon, lat)) return district.number;
    }
    return null;
  }
}

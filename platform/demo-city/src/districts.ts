import type { FeatureCollection, Polygon } from '@civicgraph/platform/geo';
import { type Bbox, bboxContains, geometryBbox, pointInPolygon } from '@civicgraph/platform/geo';

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
      if (!bboxContains(district.bbox, lon, lat)) continue;
      if (pointInPolygon(district.geometry, lon, lat)) return district.number;
    }
    return null;
  }
}

import mapboxgl from 'mapbox-gl';
import 'mapbox-gl/dist/mapbox-gl.css';

/** mapbox-gl, for builds with a Mapbox token. Import it through `loadMapLibrary`, never directly. */
export { mapboxgl };

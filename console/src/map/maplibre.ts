import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// maplibre-gl 6 starts its tile workers from a separate module file, which Vite must
// emit and whose URL the library cannot guess once bundled: tell it where that file went.
maplibregl.setWorkerUrl(workerUrl);

/** maplibre-gl, ready to use under Vite. Import it from here, never from the package. */
export { maplibregl };

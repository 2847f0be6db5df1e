import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the graph, the map tiles and this build from one origin, so the
// app only ever talks to same-origin `/graphql` and `/tiles`; in development the dev
// server forwards them there. (4000 is the stack's default port.)
const gateway = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is about 1.1 MB minified, mapbox-gl 1.9 MB: each is its own chunk,
    // loaded with the map, and only the one the build renders with (map/map-library.ts).
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true, ws: true },
      // The map's style and tiles.
      '/tiles': { target: gateway, changeOrigin: true },
    },
  },
});

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
    // maplibre-gl alone is about 1 MB minified; it is its own chunk, loaded with the map.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true, ws: true },
      // The map's style and tiles.
      '/tiles': { target: gateway, changeOrigin: true },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the graph and this build from one origin, so the app only ever
// talks to same-origin `/graphql`; in development the dev server forwards it there.
// (4000 is the stack's default port.)
const gateway = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true, ws: true },
    },
  },
});

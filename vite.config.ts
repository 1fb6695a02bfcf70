import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const API = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: 'client',
  plugins: [solid()],
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2020' },
  server: {
    port: 5173,
    proxy: { '/api': API, '/healthz': API, '/socket.io': { target: API, ws: true } },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The backoffice is served by the API at `/` (apps/api/src/bootstrap.ts); in dev, /api goes to it.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The one library the backoffice shares with the API (framework-free; see .dependency-cruiser.cjs).
  resolve: { alias: { '@crm/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Only the entry is held to the ≤ 350 kB gzip bar; chart pages are lazy chunks.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // dev server only: the API from `npm run start:api` (or npm start) on its default port
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

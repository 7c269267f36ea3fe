import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The service serves the build at /app/. No React plugin: Vite 8's built-in (Oxc) transform handles TSX with
// the automatic runtime; @vitejs/plugin-react would only add Fast Refresh for `npm run dev`.
export default defineConfig({
  root,
  base: '/app/',
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/v1': 'http://localhost:3000' } },
});

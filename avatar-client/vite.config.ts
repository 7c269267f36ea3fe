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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        preview: `${root}index.html`,
        counter: `${root}counter.html`,
        console: `${root}console.html`,
        embed: `${root}src/embed/index.ts`,
        'embed-demo': `${root}embed-demo.html`,
        'demo-dgs': `${root}demo/dgs.html`,
        'demo-leichte-sprache': `${root}demo/leichte-sprache.html`,
        'demo-einfache-sprache': `${root}demo/einfache-sprache.html`,
        'demo-vorlesen': `${root}demo/vorlesen.html`,
        'demo-sprachen': `${root}demo/sprachen.html`,
        gallery: `${root}gallery.html`,
        editor: `${root}editor.html`,
      },
      // The embed script has a stable address for other sites: /app/embed.js.
      output: { entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js') },
    },
  },
  // Chunks load each other relative to their own address, so /app/embed.js also works on other sites' pages.
  experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  server: { proxy: { '/v1': { target: 'http://localhost:3000', ws: true } } },
});

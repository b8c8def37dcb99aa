import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { WORKER_ENTRIES } from './electron/runtimeAssets';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // electron-store (and conf under it) are ESM-only: bundle them into the CommonJS main bundle.
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: {
        // The workers come from the one list of runtime assets (electron/runtimeAssets.ts).
        input: {
          main: resolve(__dirname, 'electron/main.ts'),
          ...Object.fromEntries(
            Object.entries(WORKER_ENTRIES).map(([name, source]) => [name, resolve(__dirname, source)]),
          ),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may only require('electron'): bundle everything else, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [
      react(),
      {
        // The dev server injects an inline React Refresh preamble; the shipped build keeps script-src 'self'.
        name: 'dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) =>
          html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      },
    ],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

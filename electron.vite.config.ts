// Build entries for the three processes. No src/ root: each process is a top-level folder.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { DEVELOPMENT_CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './main/app/window-policy';

/** `npm run dev` only: lets Vite's injected styles and refresh preamble run (see window-policy). */
export const developmentCsp = (): Plugin => ({
  name: 'variorum-development-csp',
  apply: 'serve',
  transformIndexHtml: (html) => withContentSecurityPolicy(html, DEVELOPMENT_CONTENT_SECURITY_POLICY),
});

export default defineConfig({
  main: {
    // jsdiff is bundled rather than loaded from node_modules: the engine uses one of its
    // functions, and loading the whole package was a tenth of the CLI's start-up.
    plugins: [externalizeDepsPlugin({ exclude: ['diff'] })],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/app/index.ts'),
          cli: resolve(__dirname, 'main/cli/index.ts'),
          bench: resolve(__dirname, 'main/bench/index.ts'),
          'compare-worker': resolve(__dirname, 'main/compare/worker.ts'),
          'corpus-worker': resolve(__dirname, 'main/corpus/corpus-worker.ts'),
          'collate-worker': resolve(__dirname, 'main/collate/worker.ts'),
          'prepare-worker': resolve(__dirname, 'main/library/prepare-worker.ts'),
        },
        output: {
          // The CLI is run directly (`npx variorum`, package.json "bin"), so it needs a shebang.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        // A sandboxed preload cannot load ES modules or sibling chunks: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), developmentCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

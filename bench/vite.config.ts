/**
 * Bench-only pages (`npm run bench` builds and serves them; they never ship). They import the app's own
 * modules from src/ so each figure measures the code users run, beside a raw baseline in the same page.
 * The output goes under the app's temporary build (`<app>/bench/`), so the pages share the app's origin and
 * can seed the database the app then reads.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('public'),
  logLevel: 'warn',
  resolve: { alias: { '@': here('../src') } },
  plugins: [react()],
  // As the app builds its import worker (see the root vite.config.ts).
  worker: { format: 'es' },
  build: {
    outDir: process.env.BENCH_OUT ?? here('../.cache/bench/app/bench'),
    emptyOutDir: true,
    target: ['chrome109'],
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        import: here('import.html'),
        write: here('write.html'),
        grid: here('grid.html'),
        office: here('office.html'),
        typing: here('typing.html'),
      },
    },
  },
});

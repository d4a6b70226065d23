import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const indexHtml = readFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), 'utf8');
const cspMeta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>\s*/;

/** The policy written in index.html is the single source; `vite preview` sends it as a header too. */
function contentSecurityPolicy(): string {
  const match = cspMeta.exec(indexHtml);
  if (!match?.[1]) throw new Error('index.html must carry the Content-Security-Policy <meta> tag');
  return match[1];
}

/**
 * The dev server injects inline scripts (React Refresh preamble) that `script-src 'self'` forbids, so the policy
 * is dropped while developing only. Builds keep it; `vite preview` and the end-to-end tests run under it.
 */
function dropCspInDev(): Plugin {
  return {
    name: 'drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(cspMeta, ''),
  };
}

/**
 * PDF.js reads Chinese text with its packed character maps and draws standard fonts from its own files: both
 * folders are emitted as `pdfjs/cmaps/` and `pdfjs/standard_fonts/` (build only) and precached, so a PDF reads
 * from our origin with the network off.
 */
function pdfjsResources(): Plugin {
  const root = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
  return {
    name: 'pdfjs-resources',
    apply: 'build',
    generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(`${root}${folder}`)) {
          if (!/\.(bcmap|pfb|ttf)$/.test(name)) continue;
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(`${root}${folder}/${name}`) });
        }
      }
    },
  };
}

/**
 * The report page's code starts loading from a script of its own (`src/app/report-page-code.ts`, a second entry)
 * placed before the app's entry in the built index.html: it runs as soon as it arrives, while the entry's own
 * chunks still load, so on a report its chunks are requested about 90 ms earlier than from inside the entry.
 */
const EARLY_ENTRY = 'report-page-code';

function startReportCodeFirst(): Plugin {
  return {
    name: 'start-report-code-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const chunk = chunks.find((c) => c.type === 'chunk' && c.isEntry && c.name === EARLY_ENTRY);
        if (!chunk) throw new Error(`the build has no ${EARLY_ENTRY} entry chunk`);
        const attrs = { type: 'module', crossorigin: true, src: `./${chunk.fileName}` };
        return [{ tag: 'script', attrs, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from a sub-folder of an intranet server as well as from a host's root.
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // Windows 7 stops at Chrome/Edge 109; 360/奇安信 fast modes run Chromium of that age.
    target: ['chrome109', 'edge109', 'firefox115', 'safari14'],
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [EARLY_ENTRY]: fileURLToPath(new URL('./src/app/report-page-code.ts', import.meta.url)),
      },
    },
  },
  worker: {
    // ES module workers keep the import worker's lazily loaded code-page tables (.xls only, ~440 KB) out of the
    // worker bundle that every imported file starts: as one IIFE bundle each worker compiled ~850 KB.
    // Browsers without module workers (Safari < 15) fall back to the in-process import (import-client.ts).
    format: 'es',
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  plugins: [
    react(),
    dropCspInDev(),
    pdfjsResources(),
    startReportCodeFirst(),
    VitePWA({
      registerType: 'prompt',
      // Registered by src/app/pwa.ts through workbox-window: no inline registration script under the CSP.
      injectRegister: false,
      manifest: {
        name: '政府信息公开年报统计填报',
        short_name: '信息公开年报',
        description: '政府信息公开工作年度报告统计表的填报、校验、导出与汇总；数据只保存在本机浏览器中，可离线使用。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b3261e',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every emitted file, lazily loaded chunks and worker bundles included, so import/export work offline.
        // PDF.js's character maps (.bcmap) and standard fonts (.pfb, .ttf) too: a PDF must read offline.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webmanifest,bcmap,pfb,ttf}'],
        // Workbox silently skips larger files (default 2 MiB); the spreadsheet chunks come close.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once; later versions wait for the user (registerType prompt).
        clientsClaim: true,
      },
    }),
  ],
});

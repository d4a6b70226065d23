import { defineConfig } from '@playwright/test';
import { BASE_URL, E2E_PORT, VIEWPORT, chromiumLaunchOptions } from './tests/e2e/browser';

/**
 * End-to-end tests run against the production build (`vite build` first; `npm run test:e2e` does both) served
 * by `vite preview`, because the service worker exists only there.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Parallel runs (several builds tested at once on one machine) each need their own output folder.
  outputDir: process.env.E2E_OUT ?? 'test-results',
  // Two shared cores: one browser at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${E2E_PORT} --strictPort --outDir ${process.env.E2E_DIST ?? 'dist'}`,
    url: BASE_URL,
    // A preview started earlier would serve an older build: always start a fresh one.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

/**
 * The browser the end-to-end tests drive: the system's Chromium (no browser download is possible or wanted),
 * with flags that work as root in a container. Shared by playwright.config.ts and the fixtures that launch
 * their own (persistent) contexts.
 */
import type { LaunchOptions } from '@playwright/test';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const BASE_URL = `http://localhost:${E2E_PORT}/`;
export const DEMO_URL = `${BASE_URL}?workspace=demo`;

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** What a clerk's office screen typically offers; screenshots are taken at this size. */
export const VIEWPORT = { width: 1366, height: 768 };

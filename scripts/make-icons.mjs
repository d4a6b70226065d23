// Renders public/favicon.svg into the PNG icons the web app manifest lists. Run after changing the SVG:
//   node scripts/make-icons.mjs
// Uses the same Chromium as the end-to-end tests, so no image library is needed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const sizes = [
  { size: 192, file: 'pwa-192x192.png' },
  { size: 512, file: 'pwa-512x512.png' },
  { size: 180, file: 'apple-touch-icon.png' },
];

const svg = await readFile(`${publicDir}favicon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { size, file } of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const style = `html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}`;
    await page.setContent(`<style>${style}</style>${svg}`);
    await page.locator('svg').screenshot({ path: `${publicDir}${file}`, omitBackground: true });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}

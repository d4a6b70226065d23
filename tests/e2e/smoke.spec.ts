import {
  DEMO_URL,
  cjkGlyphsRender,
  expect,
  reloadControlled,
  saveScreenshot,
  serviceWorkerActivated,
  test,
} from './fixtures';

const HEADER = '政府信息公开工作年度报告 统计表填报';

test('the demo workspace opens with its banner, Chinese text and an offline-capable service worker', async ({
  page,
  context,
}) => {
  const response = await page.goto(DEMO_URL);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
  await expect(page).toHaveTitle(HEADER);
  // React replaced the static notice meant for IE / 兼容模式.
  await expect(page.locator('.legacy-notice')).toHaveCount(0);

  const banner = page.getByRole('status').filter({ hasText: '演示数据' });
  await expect(banner).toContainText('演示数据：与正式数据分开保存，可随意修改');
  const leave = banner.getByRole('link', { name: '离开演示' });
  expect(await leave.getAttribute('href')).toBe('/');

  // The first screen lists the demo district's units by year, with each report's state.
  const table = page.locator('.home-table');
  await expect(table.getByRole('rowheader', { name: '湛河区（全区）' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: '湛河区教育局' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '2025 年度' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '2017 年度' })).toBeVisible();
  await expect(table.getByRole('button', { name: '打开湛河区公安分局2025年度报告' })).toHaveText('有错误');
  // The area's own 2025 figures are the consolidation of its units: its cell says so.
  await expect(table.getByRole('button', { name: '打开湛河区（全区）2025年度报告' })).toHaveText('汇总');

  expect(await cjkGlyphsRender(page, '.app-header h1')).toBe(true);
  await saveScreenshot(page, 'smoke-demo-home');

  expect(await serviceWorkerActivated(page)).toBe('activated');
  expect(await reloadControlled(page)).toBe(true);

  // Everything the first screen needs now comes from the service worker's cache.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
  await expect(page.getByRole('status').filter({ hasText: '演示数据' })).toBeVisible();
  await context.setOffline(false);
});

test('leaving the demo opens the real workspace, without the banner', async ({ page }) => {
  await page.goto(DEMO_URL);
  await page.getByRole('link', { name: '离开演示' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
  await expect(page.getByText('演示数据')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '进入演示' })).toBeVisible();
});

test.describe('the Content-Security-Policy', () => {
  test.use({ allowPageProblems: true });

  test('blocks inline script, and the watcher reports it', async ({ page, problems }) => {
    await page.goto(DEMO_URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
    expect(problems.cspViolations).toEqual([]);

    // An allowed inline script would run synchronously while being inserted.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.body.append(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
    });
    expect(ran).toBe(false);
    // One report per policy in force: the response header and the <meta> tag (kept for static hosts).
    await expect
      .poll(() => problems.cspViolations)
      .toEqual(['script-src-elem blocked inline', 'script-src-elem blocked inline']);
    expect(problems.consoleErrors.join('\n')).toContain('Content Security Policy');
  });
});

test('a browser that cannot run the app keeps a plain Chinese notice', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(DEMO_URL);
    // Hidden for a few seconds so that it does not flash while a capable browser loads the app.
    await expect(page.locator('.legacy-notice')).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.legacy-notice')).toContainText('请勿使用 IE 或“兼容模式”');
    await saveScreenshot(page, 'smoke-legacy-notice');
  } finally {
    await context.close();
  }
});

test('the operator’s name is set once in the header and kept after a reload', async ({ page }) => {
  await page.goto(DEMO_URL);
  const header = page.locator('.app-header');
  await header.getByRole('button', { name: '设置姓名' }).click();
  await header.getByRole('textbox', { name: '操作人姓名：' }).fill('  ');
  await header.getByRole('button', { name: '保存' }).click();
  await expect(header.getByRole('alert')).toHaveText('请填写您的姓名，它会记录在每一次修改中。');
  await header.getByRole('textbox', { name: '操作人姓名：' }).fill('张敏');
  await header.getByRole('button', { name: '保存' }).click();
  await expect(header).toContainText('操作人：张敏');
  await page.reload();
  await expect(page.locator('.app-header')).toContainText('操作人：张敏');
});

test('the report page’s code is requested by a script of its own that runs before the app’s entry', async ({
  page,
}) => {
  // Opened straight on a report, its chunks then load while the entry's own chunks still arrive. That script
  // must come first and import nothing statically, or it would wait for the entry's chunks after all.
  const html = await (await page.request.get('./')).text();
  const scripts = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(scripts).toHaveLength(2);
  expect(scripts[0]).toMatch(/report-page-code-[\w-]+\.js$/);
  expect(scripts[1]).toMatch(/index-[\w-]+\.js$/);
  const early = await (await page.request.get(scripts[0] ?? '')).text();
  expect(early).toMatch(/import\(`\.\/report-page-[\w-]+\.js`\)/);
  expect(early).not.toMatch(/^import|[;}]import\s*[{*\w]|from\s*["'`]/m);

  // And it does its work: a report opened by its address comes up editable.
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: '打开湛河区教育局2025年度报告' }).click();
  const reportUrl = page.url();
  await page.goto('about:blank');
  await page.goto(reportUrl);
  await expect(page.locator('[data-table] .ag-cell').first()).toBeVisible();
});

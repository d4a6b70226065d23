/**
 * The collecting office at the deadline: the district's roster pasted from a list, forty files in one batch
 * (some failing the balance rules, one of another year, two versions of one unit, one under a longer name),
 * then the 催报 and 退回修改 lists read back, one unit returned, its corrected file received again and accepted.
 * Every state is read back from IndexedDB with the raw API.
 */
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';
import { bulkFile, bulkFileName, unbalancedFile } from './helpers/bulk-files';
import { readStore } from './helpers/raw-db';

const OFFICE_URL = `${DEMO_URL}&today=2026-02-15#/office`;
const IMPORT_URL = `${DEMO_URL}&today=2026-02-15#/import`;

const DEPARTMENTS = [
  '民政局',
  '司法局',
  '自然资源局',
  '生态环境分局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '水利局',
  '商务局',
  '文化广电和旅游局',
  '卫生健康委员会',
  '退役军人事务局',
  '应急管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '城市管理局',
  '信访局',
  '林业局',
  '科学技术局',
  '工业和信息化局',
  '人民防空办公室',
  '档案馆',
  '地方志办公室',
  '机关事务管理局',
  '行政审批服务局',
  '供销合作社',
  '残疾人联合会',
  '妇女联合会',
  '总工会',
  '共青团委员会',
  '科学技术协会',
  '税务局',
  '宗教事务局',
  '粮食和物资储备局',
  '公共资源交易中心',
].map((d) => `湛河区${d}`);
const TOWNS = ['北渡街道', '九里山办事处', '轻工路街道', '荆山镇'];
/** 43 names: 36 new departments, 4 new township-level units, and three units the demo already has. */
const EXISTING = ['湛河区教育局', '湛河区财政局', '曹镇乡'];
const ROSTER = [...DEPARTMENTS, ...TOWNS, ...EXISTING];
/** No file comes from it: it is chased (with the demo's 教育局, whose report was never received). */
const SILENT = ['荆山镇'];
/** Files with a balance error. */
const WITH_ERRORS = DEPARTMENTS.slice(1, 13);
const WRONG_YEAR = '湛河区审计局';
const TWO_VERSIONS = '湛河区统计局';
const NEAR = '湛河区民政局';

test.setTimeout(300_000);

interface RawReceipt {
  id: string;
  unitId: string;
  year: number;
  state: string;
  fileName?: string;
  reasons?: string;
  steps: { state: string }[];
}
interface RawUnit {
  id: string;
  name: string;
  kind: string;
  parentId?: string;
  aliases: string[];
}

const units = (page: Page) => readStore<RawUnit>(page, 'units');
const receipts = (page: Page) => readStore<RawReceipt>(page, 'receipts');
async function receiptOf(page: Page, unit: string, year = 2025): Promise<RawReceipt | undefined> {
  const id = (await units(page)).find((u) => u.name === unit)?.id;
  return (await receipts(page)).find((r) => r.unitId === id && r.year === year);
}

/** The roster pasted into its box as Excel puts a copied column on the clipboard. */
async function pasteRoster(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '报送名单' }).click();
  const box = page.getByLabel('粘贴单位名称');
  await box.focus();
  await page.keyboard.insertText(['单位名称', ...ROSTER].join('\r\n'));
  const pending = page.getByRole('table', { name: '待加入的单位' });
  await expect(pending.locator('tbody tr')).toHaveCount(ROSTER.length);
  // Kinds from the names' endings; an existing unit is recognised.
  await expect(pending.getByLabel('北渡街道的类型')).toHaveValue('乡镇街道');
  await expect(pending.getByLabel('九里山办事处的类型')).toHaveValue('乡镇街道');
  await expect(pending.getByLabel('湛河区民政局的类型')).toHaveValue('部门');
  await expect(pending.locator('tr[data-name="湛河区教育局"]')).toContainText('已有单位');
  await page.getByRole('button', { name: `加入报送名单（${ROSTER.length} 个，新建 40 个）` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已加入 2025 年度报送名单 43 个单位' })).toBeVisible();
}

test('the deadline: roster pasted, forty files checked before storing, 催报 and 退回 lists, returned and accepted', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(OFFICE_URL);
  await expect(page.getByRole('tab', { name: '报送名单' })).toBeVisible({ timeout: 30_000 });
  await pasteRoster(page);

  const stored = await units(page);
  const area = stored.find((u) => u.name === '湛河区（全区）');
  const rosters = await readStore<{ id: string; unitIds: string[] }>(page, 'rosters');
  expect(rosters).toHaveLength(1);
  expect(rosters[0]?.id).toBe(`${area?.id}:2025`);
  expect(rosters[0]?.unitIds).toHaveLength(ROSTER.length);
  const byName = new Map(stored.map((u) => [u.name, u]));
  expect(byName.get('北渡街道')).toMatchObject({ kind: '乡镇街道', parentId: area?.id });
  expect(byName.get('湛河区民政局')).toMatchObject({ kind: '部门', parentId: area?.id });

  // The batch: 37 files of 2025 (12 with errors), one of 2024, a second version, one under a longer name.
  const files = [...DEPARTMENTS, ...TOWNS]
    .filter((u) => !SILENT.includes(u) && u !== WRONG_YEAR && u !== NEAR)
    .map((u) => bulkFile(bulkFileName(u, 2025), WITH_ERRORS.includes(u) ? unbalancedFile() : undefined));
  files.push(bulkFile(bulkFileName(WRONG_YEAR, 2024)));
  files.push(bulkFile(`${TWO_VERSIONS}2025年统计表（修改版）.xlsx`, unbalancedFile(5)));
  files.push(bulkFile(bulkFileName(`平顶山市${NEAR}`, 2025)));
  expect(files.length).toBe(40);

  await page.goto(IMPORT_URL);
  await page.getByLabel('本次收集的汇总区域').selectOption({ label: '湛河区（全区）' });
  await page.getByLabel('本次收集的年度').selectOption('2025');
  await page.getByLabel('选择要导入的统计表文件').setInputFiles(files);
  await expect(page.getByText('已读取 40 / 40 个文件')).toBeVisible({ timeout: 180_000 });

  const row = (fileName: string) => page.locator(`tr.im-row[data-file="${fileName}"]`);
  // Told before storing: the errors counted and the first named.
  const bad = row(bulkFileName(WITH_ERRORS[0] ?? '', 2025));
  await expect(bad.locator('.im-check-error')).toContainText(/\d+ 个错误/, { timeout: 30_000 });
  await expect(bad.locator('.im-check-error')).toContainText('应等于');
  // A balanced file: only the warning the fixture carries (a department reporting 规章), no error.
  const clean = row(bulkFileName('湛河区信访局', 2025)).locator('.im-check');
  await expect(clean).toHaveText(/^1 个警告：规章/);
  await expect(clean).toHaveClass(/im-check-warn/);
  // The 2024 file is held back, not stored into 2024.
  const wrong = row(bulkFileName(WRONG_YEAR, 2024));
  await expect(wrong).toContainText('文件是 2024 年度的，本次收集 2025 年度');
  // Two versions of one unit: shown on its rows with their difference; the office picks the corrected one.
  const second = row(`${TWO_VERSIONS}2025年统计表（修改版）.xlsx`);
  await expect(second).toContainText('收到 2 个版本');
  await expect(second).toContainText(/有 \d+ 个单元格不同/);
  await second.getByRole('button', { name: /^选用/ }).click();
  await expect(row(bulkFileName(TWO_VERSIONS, 2025)).locator('.im-badge')).toHaveText('未选用');
  // The longer name: 是否为同一单位？, one click keeps it as an alias.
  const near = row(bulkFileName(`平顶山市${NEAR}`, 2025));
  await expect(near).toContainText(`是否为同一单位？“${NEAR}”`);
  await near.getByRole('button', { name: /是同一单位/ }).click();
  await expect(near).toContainText(/可导入/, { timeout: 30_000 });

  await page.getByRole('button', { name: '全部导入（38 个可直接导入）' }).click({ timeout: 60_000 });
  await expect(page.locator('tr.im-row.im-st-imported')).toHaveCount(38, { timeout: 120_000 });
  await expect(wrong.locator('.im-badge')).toHaveText('待确认');

  // Stored: every imported unit 已报送 with its file; the alias kept; nothing of the 2024 file.
  expect((await units(page)).find((u) => u.name === NEAR)?.aliases).toContain(`平顶山市${NEAR}`);
  expect(await receiptOf(page, NEAR)).toMatchObject({
    state: '已报送',
    fileName: bulkFileName(`平顶山市${NEAR}`, 2025),
  });
  expect(await receiptOf(page, TWO_VERSIONS)).toMatchObject({ fileName: `${TWO_VERSIONS}2025年统计表（修改版）.xlsx` });
  expect(await receiptOf(page, WRONG_YEAR)).toBeUndefined();
  expect(await receiptOf(page, WRONG_YEAR, 2024)).toBeUndefined();
  const sent = (await receipts(page)).filter((r) => r.year === 2025 && r.state === '已报送');
  expect(sent).toHaveLength(38);

  // The dashboard follows the receipts: 38 received; the silent unit, the held-back one and the demo's 教育局
  // (有错误, never received) are chased; 财政局 and 曹镇乡 were completed here and are in hand.
  await page.goto(OFFICE_URL);
  const summary = page.locator('.of-summary');
  await expect(summary).toContainText('共 43 个填报单位', { timeout: 30_000 });
  await expect(summary).toContainText('报送：未报送 5，已报送 38，已退回 0，已审核 0');
  await page.getByRole('button', { name: /催报名单（未报送 3，逾期 3）/ }).click();
  const chase = page.getByRole('region', { name: '催报名单' });
  await chase.getByRole('button', { name: '复制' }).click();
  await expect(chase.getByRole('status')).toContainText('已复制');
  const chaseText = await page.evaluate(() => navigator.clipboard.readText());
  expect(chaseText).toMatch(/^以下单位的2025年度政府信息公开年报统计表逾期未报送，请尽快报送：/);
  for (const unit of [...SILENT, WRONG_YEAR, '湛河区教育局']) expect(chaseText).toContain(`${unit}（截止2026年1月31日`);
  expect(chaseText).not.toContain('湛河区财政局');
  expect(chaseText.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(3);
  await chase.getByRole('button', { name: '关闭' }).click();

  // 退回修改名单: every received file with errors (12 plus the second version of 统计局).
  await page.getByRole('button', { name: '退回修改名单（13）' }).click();
  const returns = page.getByRole('region', { name: '退回修改名单' });
  const returnsText = await returns.locator('textarea').inputValue();
  expect(returnsText).toContain('退回修改名单（共 13 个单位）');
  for (const unit of [...WITH_ERRORS, TWO_VERSIONS]) expect(returnsText).toContain(`${unit}（已报送，有错误）`);
  expect(returnsText).not.toContain('湛河区信访局');
  const download = page.waitForEvent('download');
  await returns.getByRole('button', { name: '下载 .txt' }).click();
  expect((await download).suggestedFilename()).toBe('2025年度_湛河区（全区）_退回修改名单.txt');
  await returns.getByRole('button', { name: '关闭' }).click();

  // One unit returned with the reasons typed by the office.
  const unit = WITH_ERRORS[0] ?? '';
  await page.getByRole('button', { name: `${unit}的退回修改清单` }).click();
  const panel = page.getByRole('region', { name: `退回修改：${unit}` });
  const reasons = panel.locator('textarea');
  await reasons.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n请于2月20日前重新报送。');
  await panel.getByRole('button', { name: /确认退回/ }).click();
  const tableRow = page.locator(`table.of-units tr[data-unit="${unit}"]`);
  await expect(tableRow.locator('.of-rc')).toHaveText('已退回');
  const returned = await receiptOf(page, unit);
  expect(returned?.state).toBe('已退回');
  expect(returned?.reasons).toMatch(/【错误】[\s\S]*请于2月20日前重新报送。$/);

  // A clean unit accepted.
  await page.getByRole('button', { name: '湛河区信访局审核通过' }).click();
  await expect(page.locator('table.of-units tr[data-unit="湛河区信访局"] .of-rc')).toHaveText('已审核');
  expect((await receiptOf(page, '湛河区信访局'))?.state).toBe('已审核');

  // The corrected file comes back: 已报送 again, then accepted.
  await page.goto(IMPORT_URL);
  await page.getByRole('button', { name: '清除已完成的行' }).click();
  await page.getByLabel('选择要导入的统计表文件').setInputFiles([bulkFile(bulkFileName(unit, 2025))]);
  const preview = page.getByRole('region', { name: '导入预览' });
  await preview.getByRole('button', { name: '确认导入' }).click({ timeout: 60_000 });
  await expect(preview.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible({ timeout: 60_000 });
  expect((await receiptOf(page, unit))?.state).toBe('已报送');

  await page.goto(OFFICE_URL);
  await page.getByRole('button', { name: `${unit}审核通过` }).click({ timeout: 30_000 });
  await expect(tableRow.locator('.of-rc')).toHaveText('已审核');
  const accepted = await receiptOf(page, unit);
  expect(accepted?.steps.map((s) => s.state)).toEqual(['已报送', '已退回', '已报送', '已审核']);
  await expect(summary).toContainText('已退回 0，已审核 2');
});

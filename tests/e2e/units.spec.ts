/**
 * The units page in the demo workspace: add (with the credit code checked live), rename with the old name
 * kept as an alias, archive, delete and restore, merge, and the refusal of a merge when both units have
 * reports of the same year.
 */
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, saveScreenshot, test } from './fixtures';
import { readStore } from './helpers/raw-db';

const VALID_CODE = '91410411MA40000001';
const WRONG_CHECK_CODE = '91410411MA40000002';

async function openUnits(page: Page) {
  await page.goto(`${DEMO_URL}#/units`);
  await expect(page.getByRole('heading', { name: '单位管理' })).toBeVisible();
}

function unitRow(page: Page, name: string) {
  return page.locator('tr.units-row', { has: page.getByRole('rowheader', { name, exact: true }) });
}

const message = (page: Page) => page.locator('.units-message');

async function addUnit(page: Page, name: string, extra: { code?: string; person?: string; phone?: string } = {}) {
  await page.getByRole('button', { name: '添加单位' }).click();
  const form = page.getByRole('form', { name: '添加单位' });
  await form.getByLabel('单位名称（全称）').fill(name);
  if (extra.code) await form.getByLabel('统一社会信用代码（可不填）').fill(extra.code);
  if (extra.person) await form.getByLabel('联系人').fill(extra.person);
  if (extra.phone) await form.getByLabel('联系电话').fill(extra.phone);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(message(page)).toContainText(`已添加单位“${name}”。`);
}

test('add a unit, with the credit code refused live and then accepted, and rename it', async ({ page }) => {
  await openUnits(page);
  await expect(unitRow(page, '湛河区教育局')).toBeVisible();
  await expect(unitRow(page, '湛河区（全区）')).toContainText('全区/全市汇总');

  await page.getByRole('button', { name: '添加单位' }).click();
  const form = page.getByRole('form', { name: '添加单位' });
  await form.getByLabel('单位名称（全称）').fill('湛河区文化广电和旅游局');
  await form.getByLabel('单位类型').selectOption('部门');
  await form.getByLabel('上级单位（可不选）').selectOption({ label: '湛河区（全区）' });
  const code = form.getByLabel('统一社会信用代码（可不填）');
  await code.fill('12345');
  await expect(form.getByRole('alert')).toHaveText('统一社会信用代码应为 18 位，“12345”是 5 位，请核对后重新填写。');
  await code.fill(WRONG_CHECK_CODE);
  await expect(form.getByRole('alert')).toHaveText(
    `统一社会信用代码“${WRONG_CHECK_CODE}”的校验位不对，可能有字符抄错，请对照证书核对。`,
  );
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
  await saveScreenshot(page, 'units-bad-credit-code');
  await code.fill(VALID_CODE.toLowerCase());
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByLabel('联系人').fill('王五');
  await form.getByLabel('联系电话').fill('0375-2345678');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(message(page)).toContainText('已添加单位“湛河区文化广电和旅游局”。');

  const row = unitRow(page, '湛河区文化广电和旅游局');
  await expect(row).toContainText(VALID_CODE);
  await expect(row).toContainText('湛河区（全区）');
  await expect(row).toContainText('王五');
  await expect(row).toContainText('0375-2345678');

  await row.getByRole('button', { name: '修改湛河区文化广电和旅游局' }).click();
  const edit = page.getByRole('form', { name: '修改单位“湛河区文化广电和旅游局”' });
  await edit.getByLabel('单位名称（全称）').fill('湛河区文化和旅游局');
  await edit.getByRole('button', { name: '保存修改' }).click();
  await expect(message(page)).toContainText('原名称“湛河区文化广电和旅游局”已保留为曾用名');
  const renamed = unitRow(page, '湛河区文化和旅游局');
  await expect(renamed.locator('td').nth(5)).toHaveText('湛河区文化广电和旅游局');

  // Aliases are edited as one 顿号/comma list; the old name stays unless removed by hand.
  await renamed.getByRole('button', { name: '修改湛河区文化和旅游局' }).click();
  const edit2 = page.getByRole('form', { name: '修改单位“湛河区文化和旅游局”' });
  await edit2.getByLabel('曾用名/别名（用逗号或顿号分隔）').fill('湛河区文化广电和旅游局，区文旅局');
  await edit2.getByRole('button', { name: '保存修改' }).click();
  await expect(message(page)).toContainText('已保存“湛河区文化和旅游局”的修改（曾用名/别名）');
  await expect(renamed.locator('td').nth(5)).toHaveText('湛河区文化广电和旅游局、区文旅局');

  // A name already used by another unit is refused with the repository's reason, and nothing changes.
  await renamed.getByRole('button', { name: '修改湛河区文化和旅游局' }).click();
  const edit3 = page.getByRole('form', { name: '修改单位“湛河区文化和旅游局”' });
  await edit3.getByLabel('单位名称（全称）').fill('区发改委');
  await edit3.getByRole('button', { name: '保存修改' }).click();
  await expect(message(page).locator('.units-error')).toContainText(
    '名称“区发改委”已被单位“湛河区发展和改革委员会”使用（名称或曾用名），请换一个名称或先合并这两个单位。',
  );
  await edit3.getByRole('button', { name: '取消' }).click();
  await expect(unitRow(page, '湛河区文化和旅游局')).toBeVisible();
  await saveScreenshot(page, 'units-renamed');
});

interface StoredUnit {
  name: string;
  aliases: string[];
  kind: string;
  deletedAt?: number;
}

test('the add form offers a near name as the same unit, says a name is taken, and takes the kind from the name', async ({
  page,
}) => {
  await openUnits(page);
  const before = (await readStore<StoredUnit>(page, 'units')).length;
  await page.getByRole('button', { name: '添加单位' }).click();
  const form = page.getByRole('form', { name: '添加单位' });
  const name = form.getByLabel('单位名称（全称）');
  await name.click();
  // The city's name in front, typed as a clerk types it.
  await page.keyboard.type('平顶山市湛河区教育局');
  await expect(form.locator('.units-near')).toContainText('是否为同一单位？已有“湛河区教育局”。');
  await saveScreenshot(page, 'units-near-name');
  await form.getByRole('button', { name: '是同一单位（记为别名）' }).click();
  await expect(message(page)).toContainText('已把“平顶山市湛河区教育局”记为“湛河区教育局”的别名，没有新建单位。');
  await expect(form).toHaveCount(0);
  const stored = await readStore<StoredUnit>(page, 'units');
  expect(stored).toHaveLength(before);
  expect(stored.find((u) => u.name === '湛河区教育局')?.aliases).toContain('平顶山市湛河区教育局');

  // The alias is now taken: said before saving, and 保存 stays off.
  await page.getByRole('button', { name: '添加单位' }).click();
  await name.click();
  await page.keyboard.type('平顶山市湛河区教育局');
  await expect(form).toContainText('已有单位“湛河区教育局”使用这个名称（名称或曾用名），不必再添加。');
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();

  // A township's kind follows its name until the clerk chooses one; a distant name is not offered.
  await name.press('Control+A');
  await page.keyboard.type('湛河区北渡街道');
  await expect(form.locator('.units-near')).toHaveCount(0);
  await expect(form.getByLabel('单位类型')).toHaveValue('乡镇街道');
  // The workspace's one area is offered as the parent, so the new unit reaches its dashboard.
  await expect(form.getByLabel('上级单位（可不选）').locator('option:checked')).toHaveText('湛河区（全区）');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(message(page)).toContainText('已添加单位“湛河区北渡街道”。');
  await expect(unitRow(page, '湛河区北渡街道')).toContainText('乡镇街道');
  await expect(unitRow(page, '湛河区北渡街道')).toContainText('湛河区（全区）');
  const added = (await readStore<StoredUnit>(page, 'units')).find((u) => u.name === '湛河区北渡街道');
  expect(added?.kind).toBe('乡镇街道');
});

test('archive and unarchive, delete (asked first) and restore', async ({ page }) => {
  await openUnits(page);
  const name = '马庄街道';
  await unitRow(page, name)
    .getByRole('button', { name: `归档${name}` })
    .click();
  await expect(message(page)).toContainText(`已归档“${name}”`);
  await expect(unitRow(page, name)).toHaveCount(0);
  await page.getByLabel('显示已归档').check();
  await expect(unitRow(page, name)).toContainText('已归档');
  await unitRow(page, name)
    .getByRole('button', { name: `取消归档${name}` })
    .click();
  await expect(message(page)).toContainText(`已取消归档“${name}”。`);
  await expect(unitRow(page, name)).toContainText('正常');

  await unitRow(page, name)
    .getByRole('button', { name: `删除${name}` })
    .click();
  const confirm = page.getByRole('alertdialog', { name: `删除“${name}”` });
  await expect(confirm).toContainText('删除后可在“已删除”中恢复');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(unitRow(page, name)).toContainText('正常');

  await unitRow(page, name)
    .getByRole('button', { name: `删除${name}` })
    .click();
  await page
    .getByRole('alertdialog', { name: `删除“${name}”` })
    .getByRole('button', { name: '确定删除' })
    .click();
  await expect(message(page)).toContainText(`已删除“${name}”。`);
  await expect(unitRow(page, name)).toHaveCount(0);
  await page.getByLabel('显示已删除').check();
  await expect(unitRow(page, name)).toContainText('已删除');
  await saveScreenshot(page, 'units-deleted');
  await unitRow(page, name)
    .getByRole('button', { name: `恢复${name}` })
    .click();
  await expect(message(page)).toContainText(`已恢复单位“${name}”及其报表。`);
  await expect(unitRow(page, name)).toContainText('正常');

  // The kind filter narrows the list.
  await page.getByLabel('类型').selectOption('乡镇街道');
  await expect(page.locator('tr.units-row')).toHaveCount(3);
});

test('merge a duplicate into a unit, and see the refusal when both have a year', async ({ page }) => {
  await openUnits(page);
  await addUnit(page, '湛河区财政局（重复录入）', { person: '赵六' });

  const duplicate = unitRow(page, '湛河区财政局（重复录入）');
  await duplicate.getByRole('button', { name: '合并湛河区财政局（重复录入）' }).click();
  const panel = page.getByRole('group', { name: '合并“湛河区财政局（重复录入）”' });
  await expect(panel.getByRole('button', { name: '确定合并' })).toBeDisabled();
  await panel.getByLabel('把“湛河区财政局（重复录入）”合并到').selectOption({ label: '湛河区财政局' });
  await panel.getByRole('button', { name: '确定合并' }).click();
  await expect(message(page)).toContainText('已把“湛河区财政局（重复录入）”合并到“湛河区财政局”');
  await expect(duplicate).toHaveCount(0);
  const target = unitRow(page, '湛河区财政局');
  await expect(target.locator('td').nth(5)).toHaveText('湛河区财政局（重复录入）');
  await expect(target.locator('td').nth(3)).toHaveText('赵六');

  // Both have 2024 and 2025 reports: the repository refuses and its message is shown as it is.
  const education = unitRow(page, '湛河区教育局');
  await education.getByRole('button', { name: '合并湛河区教育局' }).click();
  const panel2 = page.getByRole('group', { name: '合并“湛河区教育局”' });
  await panel2.getByLabel('把“湛河区教育局”合并到').selectOption({ label: '湛河区财政局' });
  await panel2.getByRole('button', { name: '确定合并' }).click();
  await expect(message(page).locator('.units-error')).toHaveText(
    '“湛河区教育局”和“湛河区财政局”都有 2024 年、2025 年的报表，无法合并。请先删除或导出其中一份后再合并。',
  );
  await expect(education).toContainText('2024、2025');
  await expect(panel2).toBeVisible();
  await saveScreenshot(page, 'units-merge-refused');
});

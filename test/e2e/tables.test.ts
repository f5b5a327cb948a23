// E2E: tables that grow: the table menu and right-click menu add and remove rows and columns, 12 rows at once, Tab in the last cell, header row; the exported PDF has them all, a cell taller than a page included.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, pdfPageTexts, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';
import { screenshotDir } from './harness/screenshot';
import { settle } from './editorHelpers';

const app = useApp({ seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByRole('button', { name: app.seeded[0]!.title, exact: true }).click();
  await app.page.getByRole('button', { name: 'Press Line', exact: true }).click();
});

const editor = () => app.page.getByRole('textbox', { name: 'Press Line content' });
const table = () => editor().locator('table').first();
const rowCount = () => table().locator('tr').count();
const columnCount = () => table().locator('tr').first().locator('th, td').count();
const cell = (row: number, column: number) =>
  table().locator('tr').nth(row).locator('th, td').nth(column);
const tableMenu = () => app.page.getByRole('menu', { name: 'Table' });
/** The popover around the menu: the menu and the several-rows box. */
const popover = () => app.page.locator('.bbe-table-menu');
const openTableMenu = async () => {
  await app.page.getByRole('button', { name: 'Table ▾' }).click();
  await tableMenu().waitFor();
};
/** A cell's text: words w1 … w900, about two pages. */
const LONG_CELL = Array.from({ length: 900 }, (_, i) => `w${i + 1}`).join(' ');

describe('tables that grow', () => {
  it('inserts a participants table; the table menu adds 12 rows at once', async () => {
    const { page } = app;
    await editor().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.getByRole('menuitem', { name: 'Participants table' }).click();
    await table().waitFor();
    expect(await rowCount()).toBe(4); // header + 3
    await cell(1, 0).click();
    // Lexical acts on its own selection: let it take in the caret the click placed.
    await settle(app.page);
    await page.keyboard.type('Ambassador Sato');
    await openTableMenu();
    await screenshot(page, 'table-menu');
    expect(await axeViolations(page)).toEqual([]);
    const box = popover().getByRole('spinbutton', { name: 'Rows to add below' });
    await box.fill('0');
    await popover().getByRole('alert').filter({ hasText: 'from 1 to 100' }).waitFor();
    await box.fill('12');
    await popover().getByRole('button', { name: 'Add 12 rows below' }).click();
    await expect.poll(rowCount).toBe(16);
    // The new rows go below the row the caret was in, and the caret moves into the first of them.
    expect(await cell(1, 0).innerText()).toBe('Ambassador Sato');
    await page.keyboard.type('Deputy Tanaka');
    expect(await cell(2, 0).innerText()).toBe('Deputy Tanaka');
    expect(await cell(2, 0).evaluate((el) => el.tagName)).toBe('TD');
  });

  it('Tab in the last cell adds a row; Tab elsewhere moves to the next cell', async () => {
    const { page } = app;
    await cell(15, 3).click();
    // Lexical acts on its own selection: let it take in the caret the click placed.
    await settle(app.page);
    await page.keyboard.press('Tab');
    await expect.poll(rowCount).toBe(17);
    await page.keyboard.type('Last row');
    expect(await cell(16, 0).innerText()).toBe('Last row');
    await page.keyboard.press('Tab');
    expect(await rowCount()).toBe(17);
    await page.keyboard.type('second cell');
    expect(await cell(16, 1).innerText()).toBe('second cell');
  });

  it('adds and removes columns and rows from the menu and the right-click menu', async () => {
    const { page } = app;
    await cell(1, 1).click();
    // Lexical acts on its own selection: let it take in the caret the click placed.
    await settle(app.page);
    await openTableMenu();
    await tableMenu().getByRole('menuitem', { name: 'Insert column right' }).click();
    await expect.poll(columnCount).toBe(5);
    expect((await cell(0, 2).innerText()).trim()).toBe('');
    await page.keyboard.type('Note');
    await openTableMenu();
    await tableMenu().getByRole('menuitem', { name: 'Delete column' }).click();
    await expect.poll(columnCount).toBe(4);
    expect(await cell(0, 2).innerText()).toBe('Organisation');
    // Right-click a body cell: the same menu, acting on that cell's row.
    await cell(3, 0).click({ button: 'right' });
    await tableMenu().waitFor();
    await tableMenu().getByRole('menuitem', { name: 'Delete row' }).click();
    await expect.poll(rowCount).toBe(16);
    await cell(1, 0).click({ button: 'right' });
    await tableMenu().getByRole('menuitem', { name: 'Insert row above' }).click();
    await expect.poll(rowCount).toBe(17);
    expect(await cell(2, 0).innerText()).toBe('Ambassador Sato');
    expect(await cell(1, 0).evaluate((el) => el.tagName)).toBe('TD');
  });

  it('toggles the header row off and on', async () => {
    await cell(2, 0).click();
    // Lexical acts on its own selection: let it take in the caret the click placed.
    await settle(app.page);
    await openTableMenu();
    const header = tableMenu().getByRole('menuitemcheckbox', { name: /Header row/ });
    expect(await header.getAttribute('aria-checked')).toBe('true');
    await header.click();
    await expect.poll(() => cell(0, 0).evaluate((el) => el.tagName)).toBe('TD');
    await openTableMenu();
    await tableMenu()
      .getByRole('menuitemcheckbox', { name: /Header row/ })
      .click();
    await expect.poll(() => cell(0, 0).evaluate((el) => el.tagName)).toBe('TH');
  });

  it('exports every row to the PDF, a cell longer than a page split across pages', async () => {
    const { page } = app;
    await cell(2, 3).click();
    // Lexical acts on its own selection: let it take in the caret the click placed.
    await settle(app.page);
    await screenshot(page, 'table-grown');
    await page.keyboard.insertText(LONG_CELL);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 120_000 });
    const file = (await result.locator('code').innerText()).trim();
    expect(path.dirname(file)).toBe(app.exportsDir);
    // Kept for people to look at (docs/screenshots renders its pages).
    copyFileSync(file, path.join(screenshotDir, 'tables-export.pdf'));
    const pages = await pdfPageTexts(file);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const text of ['Ambassador Sato', 'Deputy Tanaka', 'Last row', 'second cell'])
      expect(all).toContain(text);
    // Every word of the long cell, in order, over more than one page.
    const words = pages.flatMap((p) => p.match(/\bw\d+\b/g) ?? []);
    expect(words).toEqual(LONG_CELL.split(' '));
    expect(pages.filter((p) => /\bw\d+\b/.test(p)).length).toBeGreaterThan(1);
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

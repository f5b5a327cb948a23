// E2E: the tab outline: reorder by drag-and-drop, by keyboard (dnd-kit) and by buttons; add, rename, remove.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';

let bookId: string;

const app = useApp({
  seedBooks: [
    {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'DE',
      meeting: { date: '2026-04-21', city: 'Berlin', counterpart: null, principal: null },
    },
  ],
});
beforeAll(async () => {
  bookId = app.seeded[0]!.id;
  await app.page.getByRole('button', { name: /^U\.S\.-Germany Bilateral/ }).click();
  await app.page.getByTestId('outline-tab').first().waitFor();
});

const outline = () => app.page.getByTestId('outline-tab');
const shownTitles = () => outline().locator('.outline-label').allInnerTexts();
/** Titles in the saved book, once autosave has caught up with the screen. */
async function savedTitles(): Promise<string[]> {
  await app.page
    .getByTestId('save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  const book = await app.invoke('books:get', { id: bookId });
  if (!book.ok) throw new Error(book.error.message);
  return book.value.tabs.map((t) => t.title);
}

describe('tab outline', () => {
  it('reorders by drag and drop', async () => {
    const before = await shownTitles();
    const handle = outline().nth(0).locator('.drag-handle');
    const target = outline().nth(2);
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await app.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(from.x + from.width / 2, from.y + 20, { steps: 4 });
    await app.page.mouse.move(from.x + from.width / 2, to.y + to.height - 4, { steps: 12 });
    await app.page.mouse.up();
    const expected = [before[1], before[2], before[0], ...before.slice(3)];
    await expect.poll(shownTitles).toEqual(expected);
    expect(await savedTitles()).toEqual(expected);
  });

  it('reorders with the keyboard (Space, arrows, Space) and with the move buttons', async () => {
    const before = await shownTitles();
    await outline().nth(0).locator('.drag-handle').focus();
    // dnd-kit measures and moves on animation frames: give each key a moment, as a person would.
    for (const key of ['Space', 'ArrowDown', 'ArrowDown', 'Space']) {
      await app.page.keyboard.press(key);
      await app.page.waitForTimeout(150);
    }
    const afterKeys = [before[1], before[2], before[0], ...before.slice(3)];
    await expect.poll(shownTitles).toEqual(afterKeys);

    await app.page.getByRole('button', { name: `Move ${afterKeys[3]} up` }).click();
    const afterButton = [
      afterKeys[0],
      afterKeys[1],
      afterKeys[3],
      afterKeys[2],
      ...afterKeys.slice(4),
    ];
    await expect.poll(shownTitles).toEqual(afterButton);
    expect(await savedTitles()).toEqual(afterButton);
  });

  it('adds, renames and removes (after confirming) a tab', async () => {
    const { page } = app;
    const count = await outline().count();
    await page.getByRole('button', { name: '+ Add tab' }).click();
    await expect.poll(() => outline().count()).toBe(count + 1);
    await page.getByRole('button', { name: 'Rename New tab' }).click();
    const input = page.getByRole('textbox', { name: 'New name for New tab' });
    await input.fill('Annex A: Joint Statement');
    await input.press('Enter');
    expect((await savedTitles()).at(-1)).toBe('Annex A: Joint Statement');

    await page.getByRole('button', { name: 'Remove Annex A: Joint Statement' }).click();
    await page.getByRole('dialog', { name: 'Remove tab' }).waitFor();
    await screenshot(page, 'remove-tab-confirm');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await outline().count()).toBe(count + 1);
    await page.getByRole('button', { name: 'Remove Annex A: Joint Statement' }).click();
    await page.getByRole('button', { name: 'Remove tab' }).click();
    await expect.poll(() => outline().count()).toBe(count);
    expect(await savedTitles()).not.toContain('Annex A: Joint Statement');
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

// E2E: every File menu command (new, open, save, import, export-pdf, export-packet) reaches the screen that handles it, from any screen.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../core/ipc/names';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO, KR_SEOUL } from './harness/seeds';

/** Commands this spec sent: the last test checks it covered every command of the menu. */
const sent = new Set<MenuCommand>();

const app = useApp({ seedBooks: [JP_TOKYO, KR_SEOUL] });
beforeAll(async () => {
  await rows().nth(1).waitFor();
});

const rows = () => app.page.getByTestId('book-row');
const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });
const bookBoxes = () => dialog().getByRole('group', { name: 'Books' }).getByRole('checkbox');
/** The dialog's book checkboxes that are ticked (not the per-tab ones), once the list has loaded. */
const chosenBooks = async () => {
  await bookBoxes().nth(1).waitFor();
  return dialog().getByRole('group', { name: 'Books' }).getByRole('checkbox', { checked: true });
};
const menu = async (command: MenuCommand) => {
  sent.add(command);
  await app.sendMenuCommand(command);
};

/** Opens a seeded book in the editor and waits for its outline. */
async function openBook(index: number): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: app.seeded[index]!.title, exact: true }).click();
  await page.getByTestId('outline-tab').first().waitFor();
}

async function closeDialog(): Promise<void> {
  await dialog().getByRole('button', { name: 'Close dialog' }).click();
  await dialog().waitFor({ state: 'detached' });
}

describe('File menu commands', () => {
  it('New Book… opens the New book screen from the editor', async () => {
    await openBook(0);
    await menu('new');
    await app.page.getByRole('heading', { name: 'New briefing book' }).waitFor();
  });

  it('Open… returns to the library from the New book screen', async () => {
    await menu('open');
    await app.page.getByRole('heading', { name: 'Library' }).waitFor();
    await rows().nth(1).waitFor();
    expect(await rows().count()).toBe(2);
  });

  it('Export PDF… in the editor opens the dialog on that book, "One book" active', async () => {
    await openBook(0);
    await menu('export-pdf');
    await dialog().waitFor();
    expect(await dialog().getByRole('radio', { name: 'One book' }).isChecked()).toBe(true);
    const chosen = await chosenBooks();
    expect(await chosen.count()).toBe(1);
    expect(await chosen.locator('xpath=..').innerText()).toContain(app.seeded[0]!.title);
    expect(await dialog().getByLabel('Packet title').count()).toBe(0);
    expect(await dialog().getByRole('button', { name: 'Export', exact: true }).count()).toBe(1);
    await closeDialog();
  });

  it('Export Packet… in the editor opens the dialog with the packet choice active', async () => {
    await menu('export-packet');
    await dialog().waitFor();
    expect(
      await dialog()
        .getByRole('radio', { name: /^Packet/ })
        .isChecked(),
    ).toBe(true);
    expect(await dialog().getByRole('radio', { name: 'One book' }).isChecked()).toBe(false);
    const chosen = await chosenBooks();
    expect(await chosen.locator('xpath=..').innerText()).toContain(app.seeded[0]!.title);
    await dialog().getByLabel('Packet title').waitFor();
    await dialog()
      .getByRole('checkbox', { name: new RegExp(app.seeded[1]!.title) })
      .check();
    expect(await (await chosenBooks()).count()).toBe(2);
    expect(await dialog().getByRole('button', { name: 'Export packet' }).count()).toBe(1);
    await screenshot(app.page, 'menu-export-packet');
    expect(await axeViolations(app.page)).toEqual([]);
    await closeDialog();
  });

  it('Export Packet… in the library opens the dialog on the packet choice with no book chosen', async () => {
    await menu('open');
    await rows().nth(1).waitFor();
    await menu('export-packet');
    await dialog().waitFor();
    expect(
      await dialog()
        .getByRole('radio', { name: /^Packet/ })
        .isChecked(),
    ).toBe(true);
    expect(await (await chosenBooks()).count()).toBe(0);
    await closeDialog();
    await menu('export-pdf');
    await dialog().waitFor();
    expect(await dialog().getByRole('radio', { name: 'One book' }).isChecked()).toBe(true);
    await closeDialog();
  });

  it('Import Book File… from the editor goes to the library and opens the file picker there', async () => {
    const exported = await app.invoke('books:exportFile', { id: app.seeded[1]!.id });
    if (!exported.ok || exported.value === null) throw new Error('book file export failed');
    await openBook(0);
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await menu('import');
    const picker = await chooser;
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await picker.setFiles({
      name: 'korea.briefing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(exported.value)),
    });
    await page.getByText(`Imported “${app.seeded[1]!.title}”.`).waitFor();
    await rows().nth(2).waitFor();
    expect(await rows().count()).toBe(3);
  });

  it('Import Book File… in the library opens the picker at once', async () => {
    const chooser = app.page.waitForEvent('filechooser');
    await menu('import');
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(false);
    await picker.setFiles([]);
  });

  it('Save in the editor saves typed text that no timer would have saved', async () => {
    const { page } = app;
    await openBook(0);
    await page.getByRole('button', { name: 'Press Line', exact: true }).click();
    await page.getByRole('textbox', { name: 'Press Line content' }).click();
    // Stop the page's clock: autosave and the journal wait on timers that now never fire, so
    // only the Save command can write this text.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Saved by the File menu.');
    const before = await app.invoke('books:get', { id: app.seeded[0]!.id });
    expect(JSON.stringify(before)).not.toContain('Saved by the File menu.');
    await menu('save');
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    const after = await app.invoke('books:get', { id: app.seeded[0]!.id });
    expect(JSON.stringify(after)).toContain('Saved by the File menu.');
    await page.clock.resume();
  });

  it('Find… and Replace… in the editor open the find bar', async () => {
    await openBook(0);
    await menu('find');
    await app.page.getByRole('searchbox', { name: 'Find in book' }).waitFor();
    expect(await app.page.getByRole('textbox', { name: 'Replace with' }).count()).toBe(0);
    await menu('replace');
    await app.page.getByRole('textbox', { name: 'Replace with' }).waitFor();
  });

  it('View zoom commands zoom the editor; Help opens its two pages', async () => {
    const zoomOf = () =>
      app.page.locator('.bbe-content').evaluate((el) => getComputedStyle(el).zoom);
    await menu('zoom-in');
    await expect.poll(zoomOf).toBe('1.1');
    await menu('zoom-out');
    await expect.poll(zoomOf).toBe('1');
    await menu('zoom-out');
    await expect.poll(zoomOf).toBe('0.9');
    await menu('zoom-reset');
    await expect.poll(zoomOf).toBe('1');
    await menu('shortcuts');
    const shortcuts = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.getByRole('button', { name: 'Close dialog' }).click();
    await menu('getting-started');
    const start = app.page.getByRole('dialog', { name: 'Getting started' });
    await start.getByRole('button', { name: 'Close dialog' }).click();
    await start.waitFor({ state: 'detached' });
  });

  it('covered every menu command and made no outside request', () => {
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

// E2E: typing, bold and portion marks in the tab editor; the banner follows the marks; all survives a restart.
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { relaunch, useApp } from './harness/useApp';
import {
  allNodes,
  openAllUnclassifiedBook,
  openBook,
  SEED,
  savedBook,
  settle,
  textOf,
} from './editorHelpers';

let bookId: string;
let bookTitle: string;
const NOTE = 'Officer note typed in the e2e test';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 960 } });
beforeAll(async () => {
  const book = await openAllUnclassifiedBook(app);
  bookId = book.id;
  bookTitle = book.title;
});

const content = () => app.page.locator('.bbe-content');
const banner = () => app.page.getByTestId('banner-top');

describe('tab editor: text, formats and portion marks', () => {
  it('types a new paragraph with a bold word; the new block gets the tab default mark', async () => {
    await expect.poll(() => banner().innerText()).toBe('UNCLASSIFIED');
    await content().locator(':scope > [data-mark]').last().click();
    await app.page.keyboard.press('Control+End');
    await settle(app.page);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type(`${NOTE} with one `);
    await app.page.keyboard.press('Control+B');
    await app.page.keyboard.type('bold');
    await app.page.keyboard.press('Control+B');
    await app.page.keyboard.type(' word.');
    const para = content().locator(':scope > p', { hasText: NOTE });
    await expect.poll(() => para.getAttribute('data-mark')).toBe('U');
    expect(await para.locator('strong, .bbe-bold').first().innerText()).toBe('bold');
    expect(await app.page.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('sets the block to SBU from the gutter menu and the banner turns SENSITIVE BUT UNCLASSIFIED', async () => {
    const para = content().locator(':scope > p', { hasText: NOTE });
    const box = (await para.boundingBox())!;
    // The "(U)" badge sits in the gutter, left of the block's text.
    await app.page.mouse.click(box.x - 30, box.y + 8);
    const menu = app.page.getByRole('menu', { name: 'Portion mark' });
    await menu.waitFor();
    expect(
      await menu.getByRole('menuitemradio', { name: '(U)' }).getAttribute('aria-checked'),
    ).toBe('true');
    await screenshot(app.page, 'editor-mark-menu');
    await menu.getByRole('menuitemradio', { name: '(SBU)', exact: true }).click();
    await expect.poll(() => para.getAttribute('data-mark')).toBe('SBU');
    await expect.poll(() => banner().innerText()).toBe('SENSITIVE BUT UNCLASSIFIED');
    await screenshot(app.page, 'editor-sbu-block');
  });

  it('saves the text, the bold run and the mark as `$: { mark }` in the book file', async () => {
    await app.page.getByRole('button', { name: 'Save now' }).click();
    const book = await savedBook(app, bookId);
    const block = book.tabs[0]!.content.root.children.find((b) => textOf(b).startsWith(NOTE));
    expect(block).toBeDefined();
    expect(block!.type).toBe('paragraph');
    expect(block!.$).toEqual({ mark: 'SBU' });
    expect(textOf(block!)).toBe(`${NOTE} with one bold word.`);
    const boldRun = allNodes(block!).find((n) => n.text === 'bold');
    expect(boldRun?.format).toBe(1);
  });

  it('shows all of it again after the app restarts on the same data', async () => {
    await relaunch(app, { viewport: { width: 1440, height: 960 } });
    await openBook(app.page, bookTitle);
    const para = content().locator(':scope > p', { hasText: NOTE });
    await para.waitFor();
    expect(await para.getAttribute('data-mark')).toBe('SBU');
    expect(await para.locator('.bbe-bold').innerText()).toBe('bold');
    await expect.poll(() => banner().innerText()).toBe('SENSITIVE BUT UNCLASSIFIED');
    await screenshot(app.page, 'editor-reopened');
    expect(app.requests).toEqual([]);
  });
});

// E2E: toolbar actions in the tab editor: heading, bulleted and nested lists, a checked link, undo and redo.
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { useApp } from './harness/useApp';
import {
  allNodes,
  openAllUnclassifiedBook,
  SEED,
  savedBook,
  settle,
  textOf,
} from './editorHelpers';

let bookId: string;

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 960 } });
beforeAll(async () => {
  bookId = (await openAllUnclassifiedBook(app)).id;
});

const page = () => app.page;
const content = () => page().locator('.bbe-content');
const tool = (name: string) =>
  page().getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });

describe('editor toolbar', () => {
  it('turns a new line into a heading, keeping its portion mark', async () => {
    await content().locator(':scope > [data-mark]').last().click();
    await page().keyboard.press('Control+End');
    await settle(page());
    await page().keyboard.press('Enter');
    await page().keyboard.type('Toolbar heading line');
    await page().getByLabel('Block type').selectOption('h2');
    const heading = content().locator(':scope > h2', { hasText: 'Toolbar heading line' });
    await heading.waitFor();
    expect(await heading.getAttribute('data-mark')).toBe('U');
  });

  it('makes a bulleted list and nests an item with Indent', async () => {
    await page().keyboard.press('End');
    await settle(page());
    await page().keyboard.press('Enter');
    await tool('Bulleted list').click();
    await page().keyboard.type('First bullet');
    await page().keyboard.press('Enter');
    await tool('Indent').click();
    await page().keyboard.type('Nested bullet');
    const nested = content().locator(':scope > ul li ul li', { hasText: 'Nested bullet' });
    await nested.waitFor();
    expect(await tool('Bulleted list').getAttribute('aria-pressed')).toBe('true');
    // Two Enters leave the list for a plain paragraph.
    await page().keyboard.press('Enter');
    await tool('Outdent').click();
    await page().keyboard.press('Enter');
    await page().keyboard.press('Enter');
    expect(await tool('Bulleted list').getAttribute('aria-pressed')).toBe('false');
  });

  it('refuses javascript: and http: links with a specific message and applies an https link', async () => {
    await page().keyboard.type('See the Department site');
    for (let i = 0; i < 2; i += 1) await page().keyboard.press('Control+Shift+ArrowLeft');
    await tool('Link').click();
    const dialog = page().getByRole('dialog', { name: 'Link' });
    await dialog.getByLabel('Link URL').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    expect(await dialog.getByRole('alert').innerText()).toMatch(
      /only use https or mailto \(not javascript\)/,
    );
    // The shell would refuse to open an http: link, so the editor refuses it too (one policy).
    await dialog.getByLabel('Link URL').fill('http://www.state.gov/');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    expect(await dialog.getByRole('alert').innerText()).toMatch(
      /only use https or mailto \(not http\)/,
    );
    expect(await content().locator('a').filter({ hasText: 'Department site' }).count()).toBe(0);
    await dialog.getByLabel('Link URL').fill('https://www.state.gov/');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    const link = content().locator('a.bbe-link', { hasText: 'Department site' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.state.gov/');
    await screenshot(page(), 'editor-toolbar');
  });

  it('undoes and redoes the link from the toolbar', async () => {
    const link = content().locator('a.bbe-link', { hasText: 'Department site' });
    await tool('Undo').click();
    await expect.poll(() => link.count()).toBe(0);
    expect(await content().innerText()).toContain('See the Department site');
    await tool('Redo').click();
    await expect.poll(() => link.count()).toBe(1);
  });

  it('saves the heading, the nested list and the link in the book file', async () => {
    await page().getByRole('button', { name: 'Save now' }).click();
    const book = await savedBook(app, bookId);
    const blocks = book.tabs[0]!.content.root.children;
    const heading = blocks.find(
      (b) => b.type === 'heading' && textOf(b) === 'Toolbar heading line',
    );
    expect(heading).toMatchObject({ tag: 'h2', $: { mark: 'U' } });
    const list = blocks.find((b) => b.type === 'list' && textOf(b).includes('Nested bullet'))!;
    expect(list).toMatchObject({ listType: 'bullet', $: { mark: 'U' } });
    const nestedList = allNodes(list).filter((n) => n.type === 'list');
    expect(nestedList.length).toBe(2);
    const link = blocks.flatMap((b) => allNodes(b)).find((n) => n.type === 'link');
    expect(link).toMatchObject({ url: 'https://www.state.gov/' });
    expect(textOf(link!)).toBe('Department site');
    expect(app.requests).toEqual([]);
  });
});

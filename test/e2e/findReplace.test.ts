// E2E: find and replace across the book's tabs: count, next/previous across tabs, case and whole word, Replace all with one undo, cleared language skipped.
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraph, root, table, withMark } from '../../core/book/lexicalBuilders';
import type { SerializedNode } from '../../core/book/lexical';
import type { Book } from '../../core/book/schema';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { allNodes, allUnclassified, openBook, savedBook, SEED, textOf } from './editorHelpers';

let book: Book;
/** The tab holding a framework quote, the quote's cleared text, and a word from it. */
let quoteTab: Book['tabs'][number];
let quoteText: string;
let word: string;
/** The two tabs (other than the quote tab) holding "Tsukuba", in book order. */
let first: number;
let second: number;

const para = (text: string) => withMark(paragraph(text), 'U');

const app = useApp({ seedBooks: [SEED] });
beforeAll(async () => {
  const seeded = allUnclassified(app.seeded[0]!);
  const qIndex = seeded.tabs.findIndex((t) =>
    allNodes(t.content.root).some((n) => n.type === 'framework-quote'),
  );
  const quote = allNodes(seeded.tabs[qIndex]!.content.root).find(
    (n) => n.type === 'framework-quote',
  )!;
  quoteText = textOf(quote);
  // A word of the cleared text, also written once in the officer's own paragraph below.
  word = quoteText.split(/[^A-Za-z]+/).find((w) => w.length >= 6)!;
  // Three tabs with known text; the quote tab keeps one real framework quote (cleared language).
  const [a, b] = seeded.tabs.map((_, i) => i).filter((i) => i !== qIndex);
  first = a!;
  second = b!;
  const contents: Record<number, SerializedNode[]> = {
    [first]: [para('Tsukuba visit first. Then tsukuba again.')],
    [second]: [
      para('A Tsukuban note.'),
      withMark(table(['Site', 'City'], [['Ground station', 'Tsukuba']]), 'U'),
    ],
    [qIndex]: [quote, para(`Our own words: ${word}.`)],
  };
  book = {
    ...seeded,
    tabs: seeded.tabs.map((t, i) =>
      contents[i] ? { ...t, content: root(contents[i]) as Book['tabs'][number]['content'] } : t,
    ),
  };
  quoteTab = book.tabs[qIndex]!;
  const saved = await app.invoke('books:save', { book });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.page.reload();
  await openBook(app.page, book.title);
});

const findBox = () => app.page.getByRole('searchbox', { name: 'Find in book' });
const count = () => app.page.getByTestId('find-count').innerText();
const paneTitle = () => app.page.locator('#tab-pane-title').innerText();
/** The text under the current-match highlight in the editor. */
const currentHighlight = () =>
  app.page.evaluate(() => {
    const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('bbe-find-current');
    return h ? [...h].map((r) => r.toString()).join('|') : null;
  });
const allHighlights = () =>
  app.page.evaluate(() => {
    const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('bbe-find');
    return h ? h.size : 0;
  });

describe('find and replace across the book', () => {
  it('Ctrl+F counts matches in every tab; case and whole word narrow them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: book.tabs[first]!.title, exact: true }).click();
    await page.getByRole('textbox', { name: `${book.tabs[first]!.title} content` }).click();
    await page.keyboard.press('Control+f');
    await findBox().waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.ariaLabel))
      .toBe('Find in book');
    await findBox().fill('Tsukuba');
    // Tsukuba, tsukuba (tab 1); Tsukuban, the table cell (tab 2).
    await expect.poll(count).toBe(`1 of 4 · ${book.tabs[first]!.title}`);
    expect(await currentHighlight()).toBe('Tsukuba');
    expect(await allHighlights()).toBe(1); // the other match in this tab
    await page.getByRole('checkbox', { name: 'Whole word' }).check();
    await expect.poll(count).toBe(`1 of 3 · ${book.tabs[first]!.title}`);
    await page.getByRole('checkbox', { name: 'Match case' }).check();
    await expect.poll(count).toBe(`1 of 2 · ${book.tabs[first]!.title}`);
    await page.getByRole('checkbox', { name: 'Match case' }).uncheck();
    await expect.poll(count).toBe(`1 of 3 · ${book.tabs[first]!.title}`);
  });

  it('next and previous move across tabs and wrap round the book', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(count).toBe(`2 of 3 · ${book.tabs[first]!.title}`);
    expect(await currentHighlight()).toBe('tsukuba');
    await findBox().press('Enter');
    await expect.poll(paneTitle).toBe(book.tabs[second]!.title);
    await expect.poll(count).toBe(`3 of 3 · ${book.tabs[second]!.title}`);
    await expect.poll(currentHighlight).toBe('Tsukuba'); // the table cell
    await findBox().press('Enter');
    await expect.poll(paneTitle).toBe(book.tabs[first]!.title);
    await expect.poll(count).toBe(`1 of 3 · ${book.tabs[first]!.title}`);
    await findBox().press('Shift+Enter');
    await expect.poll(paneTitle).toBe(book.tabs[second]!.title);
    await expect.poll(count).toBe(`3 of 3 · ${book.tabs[second]!.title}`);
    await screenshot(page, 'find-across-tabs');
  });

  it('Replace all changes every tab as one step, and one Ctrl+Z undoes it in every tab', async () => {
    const { page } = app;
    await page.keyboard.press('Control+h');
    const replaceBox = page.getByRole('textbox', { name: 'Replace with' });
    await replaceBox.fill('Kyoto');
    await page.getByRole('button', { name: 'Replace all' }).click();
    await page.getByRole('status').filter({ hasText: 'Replaced 3 matches in 2 tabs.' }).waitFor();
    await expect.poll(count).toBe('No matches');
    let saved = await savedBook(app, book.id);
    expect(textOf(saved.tabs[first]!.content.root)).toBe('Kyoto visit first. Then Kyoto again.');
    expect(textOf(saved.tabs[second]!.content.root)).toBe(
      'A Tsukuban note.SiteCityGround stationKyoto',
    );
    // The editor in view shows the new text too.
    await expect.poll(() => page.locator('.bbe-content').innerText()).toContain('Ground station');
    expect(await page.locator('.bbe-content').innerText()).toContain('Kyoto');
    await screenshot(page, 'find-replace-all');
    // One undo, from the editor, restores both tabs.
    await page.locator('.bbe-content').click();
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: 'The replacement was undone.' }).waitFor();
    await expect.poll(() => page.locator('.bbe-content').innerText()).toContain('Tsukuba');
    saved = await savedBook(app, book.id);
    expect(textOf(saved.tabs[first]!.content.root)).toBe(
      'Tsukuba visit first. Then tsukuba again.',
    );
    expect(textOf(saved.tabs[second]!.content.root)).toBe(
      'A Tsukuban note.SiteCityGround stationTsukuba',
    );
    // Undo is spent: a second Ctrl+Z is the editor's own and cannot bring the replacement back.
    expect(await page.getByRole('button', { name: 'Undo replace' }).count()).toBe(0);
  });

  it('Replace all skips cleared framework language and says so; Replace skips it too', async () => {
    const { page } = app;
    await findBox().fill(word);
    await page.getByRole('checkbox', { name: 'Match case' }).check();
    const inQuote = quoteText.split(/[^A-Za-z]+/).filter((w) => w === word).length;
    await expect.poll(count).toMatch(new RegExp(`^1 of ${inQuote + 1} · `));
    await page.getByRole('textbox', { name: 'Replace with' }).fill('REPLACED');
    await page.getByRole('button', { name: 'Replace all' }).click();
    const skipped =
      inQuote === 1
        ? '1 match in cleared language was skipped'
        : `${inQuote} matches in cleared language were skipped`;
    await page
      .getByRole('status')
      .filter({ hasText: `Replaced 1 match in 1 tab. ${skipped}` })
      .waitFor();
    const saved = await savedBook(app, book.id);
    const tab = saved.tabs.find((t) => t.id === quoteTab.id)!;
    const quote = allNodes(tab.content.root).find((n) => n.type === 'framework-quote')!;
    expect(textOf(quote)).toBe(quoteText);
    expect(textOf(tab.content.root)).toContain('Our own words: REPLACED.');
    // The remaining matches are all cleared: Replace moves past them and says why.
    await expect.poll(count).toMatch(/cleared language$/);
    await page.getByRole('button', { name: 'Replace', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'cleared framework language' }).waitFor();
    await screenshot(page, 'find-cleared-skipped');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Escape closes the bar; the Edit menu opens Find and Replace', async () => {
    const { page } = app;
    await findBox().press('Escape');
    await findBox().waitFor({ state: 'detached' });
    await app.sendMenuCommand('find');
    await findBox().waitFor();
    expect(await page.getByRole('textbox', { name: 'Replace with' }).count()).toBe(0);
    await app.sendMenuCommand('replace');
    await page.getByRole('textbox', { name: 'Replace with' }).waitFor();
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

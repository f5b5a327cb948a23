// E2E: coverage entries go to their citations in turn (across tabs), and each tab keeps its own scroll position.
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkQuote, paragraph, withMark } from '../../core/book/lexicalBuilders';
import type { SerializedNode } from '../../core/book/lexical';
import type { Book } from '../../core/book/schema';
import { objectiveQuoteText } from '../../core/book/select';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { allUnclassified, openBook, SEED } from './editorHelpers';

let book: Book;
/** The first objective the coverage panel lists, and where the book cites it: tab title and quote id. */
let objectiveId = '';
const expected: Array<{ tab: string; itemId: string }> = [];

const LONG_TAB = 'Purpose and Objectives';
const SHORT_TAB = 'Press Line';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 900 } });
beforeAll(async () => {
  const fw = await app.invoke('framework:get', {});
  if (!fw.ok) throw new Error(fw.error.message);
  const seeded = allUnclassified(app.seeded[0]!);
  // The first cited objective quoted in the book; a second quote of it goes at the end of Press Line.
  const quoted = seeded.tabs
    .flatMap((t) => t.content.root.children)
    .find((n) => n.type === 'framework-quote' && n.itemKind === 'objective');
  objectiveId = String(quoted!.itemId);
  const objective = fw.value.objectives.find((o) => o.id === objectiveId)!;
  const tabs = seeded.tabs.map((tab) => {
    const children = [...tab.content.root.children];
    // Test filler that makes the first tab far taller than the window.
    if (tab.title === LONG_TAB)
      for (let i = 1; i <= 60; i++)
        children.push(withMark(paragraph(`Test filler paragraph ${i} for scrolling.`), 'U'));
    if (tab.title === SHORT_TAB)
      children.push(
        withMark(
          frameworkQuote({
            itemId: objectiveId,
            itemKind: 'objective',
            cites: [objectiveId],
            text: objectiveQuoteText(objective),
          }),
          'U',
        ),
      );
    return { ...tab, content: { ...tab.content, root: { ...tab.content.root, children } } };
  });
  const saved = await app.invoke('books:save', { book: { ...seeded, tabs } });
  if (!saved.ok) throw new Error(saved.error.message);
  const got = await app.invoke('books:get', { id: seeded.id });
  if (!got.ok) throw new Error(got.error.message);
  book = got.value;
  // Expected citations, read from the stored book: the objective's own quotes and quotes citing it.
  const cites = (n: SerializedNode) =>
    (Array.isArray(n.cites) ? n.cites : []).some(
      (c) => c === objectiveId || String(c).startsWith(`${objectiveId}.`),
    );
  const sub = new Set((objective.subItems ?? []).map((s) => s.id));
  const walk = (n: SerializedNode, tab: string) => {
    if (n.type === 'framework-quote') {
      const own = n.itemKind === 'objective' && n.itemId === objectiveId;
      const viaSub = Array.isArray(n.cites) && n.cites.some((c) => sub.has(String(c)));
      if (own || cites(n) || viaSub) expected.push({ tab, itemId: String(n.itemId) });
      return;
    }
    n.children?.forEach((c) => walk(c, tab));
  };
  for (const tab of book.tabs) walk(tab.content.root as SerializedNode, tab.title);
  await app.page.reload();
  await openBook(app.page, book.title);
});

const page = () => app.page;
const paneTitle = () => page().locator('#tab-pane-title').innerText();
const scrollTop = () => page().evaluate(() => document.querySelector('.app-main')!.scrollTop);
const openTab = (title: string) =>
  page().getByTestId('outline-tab').filter({ hasText: title }).locator('.outline-title').click();
/** The item id of the quote holding the caret, or null. */
const caretQuote = () =>
  page().evaluate(() => {
    const el = window.getSelection()?.anchorNode;
    const host = (el instanceof Element ? el : el?.parentElement)?.closest<HTMLElement>('.bbe-fq');
    return host?.dataset.itemId ?? null;
  });
/** True when the quote holding the caret is within the visible part of the scroller. */
const caretQuoteVisible = () =>
  page().evaluate(() => {
    const el = window.getSelection()?.anchorNode;
    const host = (el instanceof Element ? el : el?.parentElement)?.closest('.bbe-fq');
    if (!host) return false;
    const box = host.getBoundingClientRect();
    const view = document.querySelector('.app-main')!.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  });

describe('coverage entries', () => {
  it('go to each citation in turn, switching tabs, and wrap round', async () => {
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(new Set(expected.map((e) => e.tab)).size).toBeGreaterThanOrEqual(2);
    expect(expected.at(-1)).toEqual({ tab: SHORT_TAB, itemId: objectiveId });
    const cited = page().getByRole('list', { name: 'Cited objectives' });
    const entry = cited.getByRole('button', {
      name: new RegExp(`^${objectiveId.replace(/\./g, '\\.')} .*, go to`),
    });
    for (let i = 0; i <= expected.length; i++) {
      const want = expected[i % expected.length]!;
      await entry.click();
      await expect.poll(paneTitle).toBe(want.tab);
      await expect.poll(caretQuote).toBe(want.itemId);
      await expect.poll(caretQuoteVisible).toBe(true);
      expect(await cited.getByTestId('coverage-count').innerText()).toBe(
        `${(i % expected.length) + 1} of ${expected.length}`,
      );
      expect(await page().getByRole('status').filter({ hasText: objectiveId }).innerText()).toBe(
        `${objectiveId}: citation ${(i % expected.length) + 1} of ${expected.length}, in ${want.tab}`,
      );
      if (i === expected.length - 1) {
        // The side column scrolls with the page: bring the panel into the picture.
        await cited.scrollIntoViewIfNeeded();
        await screenshot(page(), 'coverage-jump');
      }
    }
    expect(await axeViolations(page())).toEqual([]);
  });
});

describe('switching tabs', () => {
  it('opens a tab not yet seen at the top, and brings back each tab’s own position', async () => {
    await openTab(LONG_TAB);
    await expect.poll(paneTitle).toBe(LONG_TAB);
    // Scroll the long tab well down, as a reader would.
    await page().evaluate(() => {
      document.querySelector('.app-main')!.scrollTop = 1500;
    });
    await expect.poll(scrollTop).toBe(1500);
    // A tab never shown yet (not Press Line, which the coverage jump visited) opens at the top,
    // with the book title and Save in view.
    await openTab('Scene-Setter');
    await expect.poll(paneTitle).toBe('Scene-Setter');
    expect(await scrollTop()).toBe(0);
    const heading = await page().getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.y).toBeGreaterThan(0);
    await screenshot(page(), 'tab-switch-top');
    // Back on the long tab: where the reader left it.
    await openTab(LONG_TAB);
    await expect.poll(paneTitle).toBe(LONG_TAB);
    await expect.poll(scrollTop).toBe(1500);
    // And the short tab keeps its own (top) position too.
    await openTab('Scene-Setter');
    await expect.poll(scrollTop).toBe(0);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

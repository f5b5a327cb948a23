// E2E: deletes at a quote's edges in real Chromium: no silent merge of cleared text into own text.
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { useApp } from './harness/useApp';
import { openAllUnclassifiedBook, SEED, savedBook, settle, textOf } from './editorHelpers';

let bookId: string;
let quoteId = '';
let quoteText = '';
const LEAD = 'Own lead-in sentence.';
const AFTER = 'Own follow-up.';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 1000 } });
beforeAll(async () => {
  bookId = (await openAllUnclassifiedBook(app)).id;
});

const page = () => app.page;
const content = () => page().locator('.bbe-content');
const quote = () => content().locator(`:scope > .bbe-fq[data-item-id="${quoteId}"]`);
const blocks = () => content().locator(':scope > [data-mark]');

/** Index of the quote among the top-level blocks. */
async function quoteIndex(): Promise<number> {
  return quote().evaluate((el) => Array.prototype.indexOf.call(el.parentElement!.children, el));
}

describe('framework quote edges', () => {
  it('sets up own text, a quote, own text', async () => {
    await blocks().last().click();
    await page().keyboard.press('Control+End');
    await settle(page());
    await page().keyboard.press('Enter');
    await page().keyboard.type(LEAD);
    await page().getByLabel('Search framework').fill('interoperab');
    const insert = page()
      .getByRole('button', { name: /^Insert objective / })
      .first();
    quoteId = ((await insert.getAttribute('aria-label')) ?? '').replace('Insert objective ', '');
    await insert.click();
    await quote().waitFor();
    quoteText = await quote().locator('.bbe-fq-text').innerText();
    // The caret lands in the block after the quote.
    await page().keyboard.type(AFTER);
    const i = await quoteIndex();
    expect(
      await blocks()
        .nth(i - 1)
        .innerText(),
    ).toBe(LEAD);
    expect(
      await blocks()
        .nth(i + 1)
        .innerText(),
    ).toBe(AFTER);
  });

  it('Delete at the end of the block before a quote leaves both blocks as they were', async () => {
    const i = await quoteIndex();
    await blocks()
      .nth(i - 1)
      .click();
    await page().keyboard.press('End');
    await settle(page());
    await page().keyboard.press('Delete');
    await page().keyboard.press('Control+Delete');
    await settle(page());
    expect(await quote().count()).toBe(1);
    expect(await quote().locator('.bbe-fq-text').innerText()).toBe(quoteText);
    expect(
      await blocks()
        .nth(i - 1)
        .innerText(),
    ).toBe(LEAD);
    expect(await content().locator('[data-edited-from]').count()).toBe(0);
  });

  it('Backspace at the start of the block after a quote does not merge into it', async () => {
    const i = await quoteIndex();
    await blocks()
      .nth(i + 1)
      .click();
    await page().keyboard.press('Home');
    await settle(page());
    await page().keyboard.press('Backspace');
    await settle(page());
    expect(await quote().locator('.bbe-fq-text').innerText()).toBe(quoteText);
    expect(
      await blocks()
        .nth(i + 1)
        .innerText(),
    ).toBe(AFTER);
    expect(await content().locator('[data-edited-from]').count()).toBe(0);
  });

  it('typing over a selection from own text into a quote marks the result as edited', async () => {
    const i = await quoteIndex();
    // Anchor inside the lead-in, focus inside the quote's text, as a mouse drag would leave it.
    await page().evaluate((index) => {
      const root = document.querySelector('.bbe-content')!;
      const lead = root.children[index - 1]!;
      const body = root.children[index]!.querySelector(':scope > p')!;
      const walker = (el: Element) =>
        document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
      document.getSelection()!.setBaseAndExtent(walker(lead), 4, walker(body), 6);
    }, i);
    await settle(page());
    await page().keyboard.type('X');
    const edited = content().locator(`:scope > [data-edited-from="${quoteId}"]`);
    await edited.waitFor();
    expect(await quote().count()).toBe(0);
    expect(await edited.innerText()).toBe(`${LEAD.slice(0, 4)}X${quoteText.slice(6)}`);
    const notice = await edited.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(notice).toContain('Edited: no longer cleared framework language');
    await screenshot(page(), 'quote-edge-merge-edited');
    await page().getByRole('button', { name: 'Save now' }).click();
    const saved = await savedBook(app, bookId);
    const para = saved.tabs[0]!.content.root.children.find((b) => b.$?.editedFrom === quoteId)!;
    expect(textOf(para)).toBe(`${LEAD.slice(0, 4)}X${quoteText.slice(6)}`);
  });
});

// E2E: a very long tab opens in editor sections (separate editing hosts) yet types, moves, deletes, undoes, marks, finds and saves as one text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { paragraph, root, withMark } from '../../core/book/lexicalBuilders';
import type { SerializedEditorState } from '../../core/book/lexical';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { openBook, savedBook, SEED, settle, textOf } from './editorHelpers';

/** 320 blocks: sections of 100, 100, 100 and 20. Block 260 holds the tab's one placeholder. */
const BLOCKS = 320;
const PLACEHOLDER = '[Drafter: confirm the launch date]';
const original = (i: number) =>
  i === 260 ? `Para ${i} ends with ${PLACEHOLDER}` : `Para ${i} ends here.`;

function longBook(base: Book): Book {
  const blocks = Array.from({ length: BLOCKS }, (_, i) =>
    withMark(paragraph(original(i)), i === 150 ? 'SBU' : 'U'),
  );
  return {
    ...base,
    tabs: [
      {
        id: 'long',
        kind: 'background',
        title: 'Background',
        defaultMark: 'U',
        content: root(blocks) as SerializedEditorState,
      },
    ],
  };
}

let book: Book;
const app = useApp({ seedBooks: [SEED] });
beforeAll(async () => {
  book = longBook(app.seeded[0]!);
  const saved = await app.invoke('books:save', { book });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.page.reload();
  await openBook(app.page, book.title);
});

const sections = () => app.page.locator('.bbe-content > .bbe-section');
/** The i-th top-level block as the saved content counts them. */
const block = (i: number) => app.page.locator('.bbe-section > p').nth(i);
const savedTexts = async () =>
  (await savedBook(app, book.id)).tabs[0]!.content.root.children.map((b) => textOf(b));

/** Clicks into block i and puts the caret at its start or end. */
async function caretIn(i: number, where: 'Home' | 'End'): Promise<void> {
  await block(i).scrollIntoViewIfNeeded();
  await block(i).click();
  await app.page.keyboard.press(where);
  await settle(app.page);
}

describe('a very long tab', () => {
  it('opens in labelled sections under a plain group, each its own editing host', async () => {
    const { page } = app;
    await expect.poll(() => sections().count()).toBe(4);
    expect(await page.locator('.bbe-section > p').count()).toBe(BLOCKS);
    const group = page.getByRole('group', { name: 'Background content' });
    expect(await group.getAttribute('contenteditable')).toBe('false');
    const part3 = page.getByRole('textbox', { name: 'Background content, part 3 of 4' });
    expect(await part3.getAttribute('contenteditable')).toBe('true');
    // Only the first part is a Tab stop: the tab is still one stop in the keyboard order.
    expect(
      await sections().evaluateAll((els) => els.map((e) => (e as HTMLElement).tabIndex)),
    ).toEqual([0, -1, -1, -1]);
    // Portion marks show in the gutter of blocks inside sections too.
    const mark = await block(150).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(mark).toBe('"(SBU)"');
  });

  it('types into a section and saves the flat block list, without sections', async () => {
    const { page } = app;
    await caretIn(120, 'End');
    await page.keyboard.type(' Typed.');
    await expect.poll(() => block(120).innerText()).toBe(`${original(120)} Typed.`);
    await expect.poll(async () => (await savedTexts())[120]).toBe(`${original(120)} Typed.`);
    const texts = await savedTexts();
    expect(texts).toHaveLength(BLOCKS);
    expect(texts[119]).toBe(original(119));
    const saved = await savedBook(app, book.id);
    expect(JSON.stringify(saved.tabs[0]!.content)).not.toContain('bbe-section');
  });

  it('arrow keys step across a section edge both ways', async () => {
    const { page } = app;
    await caretIn(99, 'End'); // the last block of section 1
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('D');
    await expect.poll(() => block(100).innerText()).toBe(`D${original(100)}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('U');
    await expect.poll(() => block(99).innerText()).toBe(`${original(99)}U`);
    await caretIn(199, 'End');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('R');
    await expect.poll(() => block(200).innerText()).toBe(`R${original(200)}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('L');
    await expect.poll(() => block(199).innerText()).toBe(`${original(199)}L`);
  });

  it('Backspace at a section start and Delete at a section end join the blocks; Ctrl+Z splits them again', async () => {
    const { page } = app;
    const before200 = await block(199).innerText();
    const at200 = await block(200).innerText();
    await caretIn(200, 'Home'); // the first block of section 3
    await page.keyboard.press('Backspace');
    await expect.poll(() => block(199).innerText()).toBe(`${before200}${at200}`);
    expect(await page.locator('.bbe-section > p').count()).toBe(BLOCKS - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => block(200).innerText()).toBe(at200);
    expect(await block(199).innerText()).toBe(before200);

    const at299 = await block(299).innerText();
    const at300 = await block(300).innerText();
    await caretIn(299, 'End'); // the last block of section 3
    await page.keyboard.press('Delete');
    await expect.poll(() => block(299).innerText()).toBe(`${at299}${at300}`);
    await expect.poll(async () => (await savedTexts())[299]).toBe(`${at299}${at300}`);
    const texts = await savedTexts();
    expect(texts).toHaveLength(BLOCKS - 1);
    expect(texts[300]).toBe(original(301));
  });

  it('Ctrl+Home and Ctrl+End reach the ends of the whole tab', async () => {
    const { page } = app;
    await caretIn(150, 'End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Z');
    await expect.poll(() => block(BLOCKS - 2).innerText()).toBe(`${original(BLOCKS - 1)}Z`);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('A');
    await expect.poll(() => block(0).innerText()).toBe(`A${original(0)}`);
  });

  it('the gutter menu marks a block inside a section; the toolbar turns one into a heading', async () => {
    const { page } = app;
    await block(230).scrollIntoViewIfNeeded();
    const box = (await block(230).boundingBox())!;
    await page.mouse.click(box.x - 30, box.y + 8); // the "(U)" badge in the gutter
    const menu = page.getByRole('menu', { name: 'Portion mark' });
    await menu.getByRole('menuitemradio', { name: '(SBU)', exact: true }).click();
    await expect.poll(() => block(230).getAttribute('data-mark')).toBe('SBU');
    await caretIn(240, 'End');
    await page.getByLabel('Block type').selectOption('h2');
    const heading = page.locator('.bbe-section > h2');
    await expect.poll(() => heading.innerText()).toBe(original(240));
    await expect
      .poll(async () => {
        const saved = await savedBook(app, book.id);
        const blocks = saved.tabs[0]!.content.root.children;
        return [blocks[230]?.$?.mark, blocks[240]?.type, blocks[240]?.tag];
      })
      .toEqual(['SBU', 'heading', 'h2']);
  });

  it('Select All selects the caret’s section, so a keystroke replaces only what is shown selected', async () => {
    const { page } = app;
    const before = await page.locator('.bbe-section > *').count();
    const sectionText = await sections().nth(1).innerText();
    const inSection = await sections().nth(1).locator(':scope > *').count();
    await caretIn(150, 'End');
    await page.keyboard.press('Control+a');
    await settle(page);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(sectionText);
    await page.keyboard.type('x');
    await expect.poll(() => sections().nth(1).innerText()).toBe('x');
    expect(await page.locator('.bbe-section > *').count()).toBe(before - inSection + 1);
    expect(await block(0).innerText()).toBe(`A${original(0)}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.bbe-section > *').count()).toBe(before);
    expect(await sections().nth(1).innerText()).toBe(sectionText);
  });

  it('the Readiness panel jumps to the placeholder deep in section 3 by its saved path', async () => {
    const { page } = app;
    await caretIn(0, 'Home');
    await page.locator('.readiness-item[data-kind="placeholder"]').first().click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe(PLACEHOLDER);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Background content, part 3 of 4',
    );
  });

  it('F8 finds the placeholder deep in section 3, and find highlights a match there', async () => {
    const { page } = app;
    await caretIn(0, 'Home');
    await page.keyboard.press('F8');
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe(PLACEHOLDER);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Background content, part 3 of 4',
    );
    await page.keyboard.press('Control+f');
    const findBox = page.getByRole('searchbox', { name: 'Find in book' });
    await findBox.fill('Para 277 ');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('bbe-find-current');
          return h ? [...h].map((r) => r.toString()).join('|') : null;
        }),
      )
      .toBe('Para 277 ');
    await page.keyboard.press('Escape');
    // The focus ring is the whole tab's, as for a short tab: a section never shows its own edge.
    await caretIn(250, 'End');
    // #b7c9e4, the ring a focused short tab shows.
    expect(
      await page.locator('.bbe-content').evaluate((el) => getComputedStyle(el).boxShadow),
    ).toContain('rgb(183, 201, 228)');
    expect(
      await sections()
        .nth(2)
        .evaluate((el) => [getComputedStyle(el).boxShadow, getComputedStyle(el).outlineStyle]),
    ).toEqual(['none', 'none']);
    await screenshot(page, 'long-tab-sections');
  });

  it('makes no outside requests and has no serious accessibility violations', async () => {
    expect(app.requests).toEqual([]);
    expect(await axeViolations(app.page)).toEqual([]);
  });
});

// Keys pressed at once after a click or a caret move act where the caret now is (no waiting for selectionchange).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { paragraph, root, table, withMark } from '../../core/book/lexicalBuilders';
import { axeViolations } from './harness';
import { useApp } from './harness/useApp';
import { openBook, SEED } from './editorHelpers';

const WORDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
const SENTENCES = WORDS.map((w) => `${w} sentence ends here.`);
const ROWS = 6;
const COLUMNS = 3;

/** A tab of eight known sentences, then a table of known cells: places whose text a stray key would change. */
function keysBook(base: Book): Book {
  const cells = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => `r${r + 1}c${c + 1}`),
  );
  const content = root([
    ...SENTENCES.map((s) => withMark(paragraph(s), 'U')),
    withMark(
      table(
        Array.from({ length: COLUMNS }, (_, c) => `Head ${c + 1}`),
        cells,
      ),
      'U',
    ),
  ]);
  return {
    ...base,
    tabs: [{ id: 'keys', kind: 'custom', title: 'Keys', defaultMark: 'U', content }],
  };
}

const app = useApp({ seedBooks: [SEED] });
beforeAll(async () => {
  const book = keysBook(app.seeded[0]!);
  const saved = await app.invoke('books:save', { book });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.page.reload();
  await openBook(app.page, book.title);
});

const editor = () => app.page.getByRole('textbox', { name: 'Keys content' });
const paragraphs = () => editor().locator(':scope > p');
const cell = (row: number, column: number) =>
  editor().locator('table tr').nth(row).locator('th, td').nth(column);

describe('keys right after a caret move', () => {
  it('Backspace right after a click and End deletes at the clicked sentence, every time', async () => {
    const { page } = app;
    // Jump back and forth so the previous caret is always in another sentence.
    const order = [0, 7, 2, 5, 1, 6, 3, 4, 7, 0, 4, 3, 6, 1, 5, 2];
    const expected = [...SENTENCES];
    for (const i of order) {
      await paragraphs().nth(i).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      expected[i] = expected[i]!.slice(0, -1);
      await expect.poll(() => paragraphs().allInnerTexts()).toEqual(expected);
    }
  });

  it('Tab right after a click in a table cell moves on from that cell, every time', async () => {
    const { page } = app;
    const order: Array<[number, number]> = [
      [1, 0],
      [5, 1],
      [2, 1],
      [6, 0],
      [3, 0],
      [4, 1],
      [1, 1],
      [6, 1],
      [2, 0],
      [5, 0],
    ];
    for (const [n, [row, column]] of order.entries()) {
      const marker = `x${n}`;
      const next = cell(row, column + 1);
      const before = await next.innerText();
      await cell(row, column).click();
      await page.keyboard.press('Tab');
      await page.keyboard.type(marker);
      await expect.poll(() => next.innerText()).toContain(marker);
      expect((await cell(row, column).innerText()).includes(marker)).toBe(false);
      expect((await next.innerText()).replace(marker, '')).toBe(before);
    }
  });

  it('makes no outside requests and has no serious accessibility violations', async () => {
    expect(app.requests).toEqual([]);
    expect(await axeViolations(app.page)).toEqual([]);
  });
});

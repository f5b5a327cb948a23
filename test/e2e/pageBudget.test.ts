// E2E: each tab's printed pages (real layout, in the export worker) against its template budget; the calm over-budget notice comes and goes.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../fixtures/pdfPages';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { SEED, openAllUnclassifiedBook, savedBook, settle } from './editorHelpers';

const app = useApp({ viewport: { width: 1400, height: 950 }, seedBooks: [SEED] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const SENTENCE =
  'Officer drafting text for the length check only, long enough to wrap across the full width of a printed line. ';
/** About two pages of text in one paragraph. */
const LONG = SENTENCE.repeat(70).trim();

/** The outline row of a tab, by its title. */
const row = (title: string) =>
  app.page.getByTestId('outline-tab').filter({
    has: app.page.getByRole('button', { name: title, exact: true }),
  });
const badgeEl = (title: string) => row(title).getByTestId('tab-pages');
/** The badge's visible text (its spoken sentence is in a visually hidden span beside it). */
const badge = (title: string) => badgeEl(title).locator('[aria-hidden="true"]');

/** Pages each tab prints in the draft export, from the PDF's outline (read back with pdfjs). */
async function exportedTabPages(bookId: string): Promise<Map<string, number>> {
  const exported = await app.invoke('export:pdf', {
    jobId: `b-${Date.now()}`,
    bookIds: [bookId],
    open: false,
  });
  if (!exported.ok || !exported.value) throw new Error('the reference export failed');
  const pdf = await readPdf(await readFile(exported.value.path));
  const starts = pdf.outline.map((e) => e.page);
  return new Map(
    pdf.outline.map((e, i) => [e.title, (starts[i + 1] ?? pdf.pages.length + 1) - e.page]),
  );
}

describe('page budgets', () => {
  it('shows each tab’s printed pages, against its budget where the template sets one', async () => {
    const book = await openAllUnclassifiedBook(app);
    // Counted off the typing path, a moment after the book opens.
    await badgeEl('Points to Make').waitFor({ timeout: 60_000 });
    const fromPdf = await exportedTabPages(book.id);
    expect(fromPdf.get('Points to Make')).toBe(1);
    expect(await badge('Points to Make').innerText()).toBe('1 / 1 p.');
    expect(await badge('Background').innerText()).toBe(`${fromPdf.get('Background')} / 2 p.`);
    // No budget: the count alone.
    expect(await badge('Press Line').innerText()).toBe(`${fromPdf.get('Press Line')} p.`);
    expect(await row('Points to Make').locator('.outline-pages-over').count()).toBe(0);
  }, 120_000);

  it('warns calmly once Points to Make prints more than one page, and the warning goes when the text does', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Points to Make', exact: true }).click();
    const note = page.getByRole('status').filter({ hasText: 'Prints ' });
    await note
      .filter({ hasText: 'Prints 1 page, within the 1-page budget' })
      .waitFor({ timeout: 60_000 });

    // A new paragraph at the end of the tab, about two pages long.
    const editor = page.getByRole('textbox', { name: 'Points to Make content' });
    await editor.locator('p').last().click();
    await settle(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(LONG);

    await note.filter({ hasText: 'over the 1-page budget' }).waitFor({ timeout: 90_000 });
    const saved = await savedBook(app, app.seeded[0]!.id);
    const fromPdf = await exportedTabPages(saved.id);
    const pages = fromPdf.get('Points to Make')!;
    expect(pages).toBeGreaterThan(1);
    // What the app shows is what the PDF prints.
    const over = `Prints ${pages} pages, over the 1-page budget`;
    // The icon is decoration (aria-hidden); the words carry the message.
    expect(await note.innerText()).toBe(`⚠${over}`);
    expect(await note.locator('[aria-hidden="true"]').innerText()).toBe('⚠');
    expect(await badge('Points to Make').innerText()).toBe(`⚠ ${pages} / 1 p.`);
    // Read as words by a screen reader (the icon is decoration), in a polite live region.
    expect(
      await row('Points to Make').getByTestId('tab-pages').locator('.visually-hidden').innerText(),
    ).toBe(`Prints ${pages} pages, over the 1-page budget`);
    expect(await note.getAttribute('role')).toBe('status');
    // A notice, not an error: no alert, nothing refused.
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.locator('#tab-pane-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'page-budget');
    expect(await axeViolations(page)).toEqual([]);

    // Delete the paragraph: the count goes back to one page and the warning goes.
    await editor.locator('p', { hasText: SENTENCE.trim() }).click({ clickCount: 3 });
    await settle(page);
    await page.keyboard.press('Backspace');
    await note
      .filter({ hasText: 'Prints 1 page, within the 1-page budget' })
      .waitFor({ timeout: 90_000 });
    expect(await badge('Points to Make').innerText()).toBe('1 / 1 p.');
    expect(await row('Points to Make').locator('.outline-pages-over').count()).toBe(0);
    const after = await exportedTabPages(app.seeded[0]!.id);
    expect(after.get('Points to Make')).toBe(1);
  }, 300_000);

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

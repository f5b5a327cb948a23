// E2E: the in-app PDF preview draws the exact draft export with pdfjs-dist: thumbnails, page navigation, a tab's first page.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type OutlineEntry } from '../fixtures/pdfPages';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';

const app = useApp({ viewport: { width: 1400, height: 950 }, seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const flat = (entries: OutlineEntry[]): OutlineEntry[] =>
  entries.flatMap((e) => [e, ...flat(e.children)]);
const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe('PDF preview', () => {
  it('shows every page of the export and jumps to a tab’s first page', async () => {
    const { page } = app;
    const [japan] = app.seeded;
    await page.getByRole('button', { name: japan!.title, exact: true }).click();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview' });
    await dialog.getByTestId('preview-thumb').first().waitFor({ timeout: 60_000 });

    // The same book exported through the export channel, read back by the suites' own pdfjs reader.
    const exported = await app.invoke('export:pdf', {
      jobId: 'preview-check',
      bookIds: [japan!.id],
      open: false,
    });
    if (!exported.ok || !exported.value) throw new Error('the reference export failed');
    const pdf = await readPdf(await readFile(exported.value.path));
    expect(pdf.pages.length).toBeGreaterThan(2);
    expect(await dialog.getByTestId('preview-thumb').count()).toBe(pdf.pages.length);
    await dialog.getByText(`of ${pdf.pages.length}`).waitFor();

    // pdfjs really drew page 1 and its thumbnail (the worker loads under the app's CSP).
    const main = dialog.getByTestId('preview-page');
    await main.locator('canvas[data-drawn="1"]').waitFor();
    await dialog.getByTestId('preview-thumb').first().locator('canvas[data-drawn="1"]').waitFor();

    // A tab well inside the book: its first page is where the PDF's outline points.
    const tab = japan!.tabs[japan!.tabs.length - 1]!;
    const target = flat(pdf.outline).find((e) => e.title === tab.title);
    expect(target?.page).toBeGreaterThan(1);
    await dialog
      .getByRole('navigation', { name: 'Show this tab’s pages' })
      .getByRole('button', { name: tab.title, exact: true })
      .click();
    await dialog.locator(`[data-testid="preview-page"][data-page="${target!.page}"]`).waitFor();
    await main.locator(`canvas[data-drawn="${target!.page}"]`).waitFor();
    const shown = dialog.getByTestId('preview-page-text');
    await expect.poll(() => shown.innerText()).toContain(tab.title);
    expect(squash(pdf.pages[target!.page - 1]!.text)).toContain(tab.title);
    expect(squash(await shown.innerText())).toContain(
      squash(pdf.pages[target!.page - 1]!.lines.at(-1)!.text).trim(),
    );
    await screenshot(page, 'preview');

    // Page navigation: previous, then next back again.
    await dialog.getByRole('button', { name: 'Previous page' }).click();
    await dialog.locator(`[data-testid="preview-page"][data-page="${target!.page - 1}"]`).waitFor();
    await dialog.getByRole('button', { name: 'Next page' }).click();
    await dialog.locator(`[data-testid="preview-page"][data-page="${target!.page}"]`).waitFor();
    // A thumbnail goes straight to its page.
    await dialog.getByRole('button', { name: 'Page 1', exact: true }).click();
    await dialog.locator('[data-testid="preview-page"][data-page="1"]').waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close dialog' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

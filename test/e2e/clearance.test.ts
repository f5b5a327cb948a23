// E2E: the clearance tracker drives the DRAFT watermark, and an edit after clearance makes the clearances stale.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { contentHash } from '../../core/clearance/contentHash';
import { axeViolations, pdfPageTexts, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO_2027 } from './harness/seeds';
import { openBook, savedBook } from './editorHelpers';

let book: Book;

const app = useApp({ viewport: { width: 1500, height: 1000 }, seedBooks: [JP_TOKYO_2027] });
beforeAll(async () => {
  book = app.seeded[0]!;
});

const OFFICES = ['OES/SAT', 'ISN/MTR', 'L/OES', 'PM/CPA'];
const tracker = () => app.page.getByRole('table', { name: 'Clearing offices' });
const verdict = () => app.page.getByRole('status', { name: 'Clearance status' });
const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });

/** Exports the open book through the dialog (a draft export: the seeded book has placeholders) and reads it back. */
async function exportPages(): Promise<string[]> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await dialog().waitFor();
  await dialog().getByRole('button', { name: 'Export', exact: true }).click();
  const result = page.getByTestId('export-result');
  await result.waitFor({ timeout: 60_000 });
  const file = (await result.locator('code').innerText()).trim();
  await dialog().getByRole('button', { name: 'Close dialog' }).click();
  return pdfPageTexts(file);
}
const watermarked = (pages: string[]) => pages.filter((p) => /^DRAFT$/m.test(p)).length;

describe('Clearance tracker', () => {
  it('starts with the template offices pending, and the watermark on', async () => {
    const { page } = app;
    await openBook(page, book.title);
    await page.getByRole('button', { name: 'Book details & clearance' }).click();
    for (const [i, office] of OFFICES.entries()) {
      expect(await page.getByLabel(`Clearance ${i + 1}: office`).inputValue()).toBe(office);
      expect(await page.getByLabel(`Clearance ${i + 1}: status`).inputValue()).toBe('pending');
    }
    expect(await verdict().innerText()).toMatch(/DRAFT watermark until .*clearance by L\/OES/);
    const pages = await exportPages();
    expect(watermarked(pages)).toBe(pages.length);
  });

  it('records every office; drafted, current and approved removes the watermark', async () => {
    const { page } = app;
    await page.getByLabel('Drafted by: office').fill('OES/SAT');
    await page.getByLabel('Drafted by: name').fill('R. Drafter');
    await page.getByLabel('Clearance 1: name').fill('C. Clearer');
    await page.getByLabel('Clearance 1: status').selectOption('cleared');
    await page.getByLabel('Clearance 2: status').selectOption('cleared-with-changes');
    await page.getByLabel('Clearance 2: date').fill('2027-03-01');
    await page.getByLabel('Clearance 3: name').fill('L. Lawyer');
    await page.getByLabel('Clearance 3: status').selectOption('cleared');
    // The book changes the template's list: PM/CPA is not needed for this one.
    await page.getByRole('button', { name: 'Remove PM/CPA' }).click();
    await page.getByLabel('Approved by: office').fill('OES');
    await page.getByLabel('Approved by: name').fill('A. Approver');
    expect(await verdict().innerText()).toMatch(/the approval date/);
    await page.getByLabel('Approved by: date').fill('2027-03-02');
    await verdict().getByText('Cleared', { exact: true }).waitFor();
    expect(await tracker().locator('tbody tr[data-state="current"]').count()).toBe(3);
    await page.locator('#clearance-title').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'clearance-tracker-current');
    expect(await axeViolations(page)).toEqual([]);

    const saved = await savedBook(app, book.id);
    const hash = contentHash(saved.tabs);
    expect(saved.clearance.status).toBe('cleared');
    expect(saved.clearance.cleared).toEqual([
      expect.objectContaining({ office: 'OES/SAT', name: 'C. Clearer', status: 'cleared' }),
      expect.objectContaining({ office: 'ISN/MTR', status: 'cleared-with-changes' }),
      expect.objectContaining({ office: 'L/OES', name: 'L. Lawyer', status: 'cleared' }),
    ]);
    for (const o of saved.clearance.cleared) expect(o.contentHash).toBe(hash);

    const pages = await exportPages();
    expect(watermarked(pages)).toBe(0);
    const cover = pages[0]!;
    expect(cover).toContain('Drafted: OES/SAT: R. Drafter');
    expect(cover).toMatch(/Cleared: OES\/SAT: C\. Clearer, \w+ \d{1,2}, \d{4}/);
    expect(cover).toContain('ISN/MTR: ok, March 1, 2027 (with changes)');
    expect(cover).toContain('Approved: OES: A. Approver, March 2, 2027');
    expect(cover).not.toContain('PM/CPA');
  });

  it('opening the tabs changes nothing; an edit makes every clearance stale and brings DRAFT back', async () => {
    const { page } = app;
    // Visiting tabs loads them into the editor: that alone must not count as an edit.
    for (const name of ['Purpose and Objectives', 'Points to Make']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.locator('.bbe-content').waitFor();
    }
    await page.getByRole('button', { name: 'Book details & clearance' }).click();
    expect(await tracker().locator('tbody tr[data-state="current"]').count()).toBe(3);

    await page.getByRole('button', { name: 'Points to Make', exact: true }).click();
    await page.getByRole('textbox', { name: 'Points to Make content' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' We look forward to the next round.');
    await page.getByRole('button', { name: 'Book details & clearance' }).click();
    await tracker().locator('tbody tr[data-state="stale"]').nth(2).waitFor();
    expect(await tracker().locator('tbody tr[data-state="current"]').count()).toBe(0);
    expect(await verdict().innerText()).toMatch(/L\/OES clearing the current text/);
    const stale = page.locator('#readiness-panel [data-kind="clearance-stale"]');
    expect(await stale.count()).toBe(3);
    expect(await stale.first().innerText()).toMatch(/OES\/SAT \(C\. Clearer\) cleared an earlier/);
    await page.locator('#clearance-title').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'clearance-tracker-stale');
    await stale.first().evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'clearance-stale-readiness');
    expect(await axeViolations(page)).toEqual([]);

    const pages = await exportPages();
    expect(watermarked(pages)).toBe(pages.length);
    expect(pages[0]).toContain('C. Clearer');
    expect(pages[0]).toContain('(cleared an earlier version)');

    // Re-clearing one office makes that one current again; the others stay stale.
    await page.getByRole('button', { name: 'Re-cleared today: Clearance 1' }).click();
    await tracker().locator('tbody tr[data-state="current"]').first().waitFor();
    expect(await stale.count()).toBe(2);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

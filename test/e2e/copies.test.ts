// E2E: numbered copies from the export dialog, the Distribution panel, an addendum after an edit, and "Identify a copy" by sha256 and by stamp.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, pdfPageTexts, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';

const RECIPIENTS = ['Alice Adams', 'Bob Brown', 'Carol Chen'];

const app = useApp({ seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });
const pdfs = (match: RegExp) =>
  readdirSync(app.exportsDir)
    .filter((n) => match.test(n))
    .sort()
    .map((n) => path.join(app.exportsDir, n));

/** Each copy is a full render; a machine shared with other work needs room (a ceiling, not a timed assertion). */
const RENDERS = 300_000;

describe('numbered copies, addendum and identify in the app', () => {
  it(
    'exports 3 numbered copies from the export dialog, each stamped on every page',
    async () => {
      const { page } = app;
      const [japan] = app.seeded;
      await page.getByRole('button', { name: japan!.title, exact: true }).click();
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      await dialog().waitFor();
      await dialog()
        .getByRole('checkbox', { name: /Numbered copies/ })
        .check();
      // A wrong list is refused in the dialog, before anything is rendered.
      await dialog()
        .getByLabel('Recipients, one per line (copy 1 first)')
        .fill('Alice Adams\nalice adams');
      await dialog().getByRole('button', { name: 'Export copies' }).click();
      await dialog()
        .getByText(/listed twice/)
        .waitFor();
      await dialog()
        .getByLabel('Recipients, one per line (copy 1 first)')
        .fill(RECIPIENTS.join('\n'));
      await screenshot(page, 'copies-export-dialog');
      expect(await axeViolations(page)).toEqual([]);
      await dialog().getByRole('button', { name: 'Export copies' }).click();
      const result = page.getByTestId('copies-result');
      await result.waitFor({ timeout: 240_000 });
      expect(await result.locator('li').count()).toBe(3);
      const files = pdfs(/ - Copy \d of 3 - /);
      expect(files).toHaveLength(3);
      for (const [i, recipient] of RECIPIENTS.entries()) {
        expect(path.basename(files[i]!)).toContain(`Copy ${i + 1} of 3 - ${recipient}`);
        const pages = await pdfPageTexts(files[i]!);
        for (const text of pages) {
          expect(text).toContain(`Copy ${i + 1} of 3`);
          expect(text).toContain(recipient);
        }
      }
      await dialog().getByRole('button', { name: 'Close dialog' }).click();
    },
    RENDERS,
  );

  it(
    'lists the copies in the Distribution panel of the book details',
    async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Book details & clearance' }).click();
      const log = page.getByTestId('distribution-log');
      await log.waitFor();
      await expect.poll(() => log.locator('tbody tr').count()).toBe(3);
      const rows = await log.locator('tbody tr').allInnerTexts();
      expect(rows[1]).toMatch(/Copy 2 of 3\s+Bob Brown/);
      await log.scrollIntoViewIfNeeded();
      await screenshot(page, 'copies-distribution-panel');
      expect(await axeViolations(page)).toEqual([]);
    },
    RENDERS,
  );

  it(
    'after an edit, exports Addendum 1 for each recipient with only the changed tab',
    async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Press Line', exact: true }).click();
      await page.getByRole('textbox', { name: 'Press Line content' }).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Japan and the United States will meet again in 2027.');
      await page.getByText('Saved', { exact: true }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Book details & clearance' }).click();
      await page.getByRole('button', { name: 'Export addendum…' }).click();
      const result = page.getByTestId('copies-result');
      await result.waitFor({ timeout: 240_000 });
      expect(await result.innerText()).toMatch(/Addendum 1 \(1 change listed\)/);
      const files = pdfs(/ - Addendum 1 to Copy \d of 3 - /);
      expect(files).toHaveLength(3);
      const pages = await pdfPageTexts(files[1]!);
      for (const text of pages) {
        expect(text).toContain('Addendum 1 to Copy 2 of 3');
        expect(text).toContain('Bob Brown');
      }
      const all = pages.join('\n');
      expect(all).toContain('Addendum 1: what changed');
      expect(all).toMatch(/Press Line\s*Added, block \d+/);
      expect(all).toContain('will meet again in 2027.');
      expect(all).not.toContain('Scene-Setter');
      await expect
        .poll(() => page.getByTestId('distribution-log').locator('tbody tr').count())
        .toBe(6);
    },
    RENDERS,
  );

  it(
    'identifies a copy by its sha256, a re-saved copy by its stamp, and says when nothing matches',
    async () => {
      const { page } = app;
      const [japan] = app.seeded;
      await page.getByRole('button', { name: 'Close book' }).click();
      const copy2 = pdfs(/ - Copy 2 of 3 - /)[0]!;
      await page.getByTestId('identify-input').setInputFiles(copy2);
      const modal = page.getByRole('dialog', { name: 'Identify a copy' });
      const found = modal.getByTestId('identify-result');
      await found.waitFor();
      expect(await found.innerText()).toContain(`Copy 2 of 3 of ${japan!.title}, for Bob Brown`);
      expect(await found.innerText()).toContain('Matched by its sha256');
      await screenshot(page, 'copies-identify');
      expect(await axeViolations(page)).toEqual([]);
      await modal.getByRole('button', { name: 'Close dialog' }).click();

      const resaved = path.join(app.userDataDir, 'resaved.pdf');
      execFileSync('qpdf', [
        '--object-streams=generate',
        '--linearize',
        pdfs(/ - Copy 3 of 3 - /)[0]!,
        resaved,
      ]);
      await page.getByTestId('identify-input').setInputFiles(resaved);
      await found.waitFor();
      expect(await found.innerText()).toContain(`Copy 3 of 3 of ${japan!.title}, for Carol Chen`);
      expect(await found.innerText()).toContain('from its copy stamp');
      await modal.getByRole('button', { name: 'Close dialog' }).click();

      await page.getByTestId('identify-input').setInputFiles({
        name: 'stray.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      await found.waitFor();
      expect(await found.innerText()).toContain('Not a known copy');
    },
    RENDERS,
  );

  it(
    'made no network request and logged no error',
    () => {
      expect(app.requests).toEqual([]);
      expect(app.errors).toEqual([]);
    },
    RENDERS,
  );
});

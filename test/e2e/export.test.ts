// E2E: export a book and a trip packet to PDF through the dialog, then read the PDFs back with pdfjs-dist.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, pdfPageTexts, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO, KR_SEOUL } from './harness/seeds';

const app = useApp({ seedBooks: [JP_TOKYO, KR_SEOUL] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').nth(1).waitFor();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });

describe('PDF export', () => {
  it('exports the open book with its typed text, banners and markings checked', async () => {
    const { page } = app;
    const [japan] = app.seeded;
    await page.getByRole('button', { name: japan!.title, exact: true }).click();
    await page.getByRole('button', { name: 'Press Line', exact: true }).click();
    await page.getByRole('textbox', { name: 'Press Line content' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'Japan and the United States share a commitment to safe lunar exploration.',
    );
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Check markings' }).click();
    expect(await page.getByTestId('markings-result').innerText()).toMatch(
      /Every portion carries a valid portion mark|without a valid portion mark/,
    );
    await screenshot(page, 'export-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await dialog().getByRole('button', { name: 'Export', exact: true }).click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    const file = (await result.locator('code').innerText()).trim();
    expect(path.dirname(file)).toBe(app.exportsDir);
    expect(app.openedPaths).toEqual([file]);
    await screenshot(page, 'export-done');

    const pages = await pdfPageTexts(file);
    expect(await result.innerText()).toContain(`Exported ${pages.length} page`);
    // Every export is a tagged PDF, from the app's export worker too (structure: test/node/pdf/tagged.test.ts).
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    // Lines are joined with newlines: compare across a line wrap.
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(
      'Japan and the United States share a commitment to safe lunar exploration.',
    );
    expect(all).toContain('Bilateral Space Dialogue');
    for (const text of pages) expect(text).toMatch(/UNCLASSIFIED/);
    await dialog().getByRole('button', { name: 'Close dialog' }).click();
  });

  it('exports two books of a trip as one packet, which needs a title', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close book' }).click();
    const [japan, korea] = app.seeded;
    await page.getByRole('button', { name: `More actions for ${japan!.title}` }).click();
    await page.getByRole('menuitem', { name: 'Export PDF…' }).click();
    await dialog().waitFor();
    await dialog()
      .getByRole('checkbox', { name: new RegExp(korea!.title) })
      .check();
    await dialog().getByRole('button', { name: 'Export packet' }).click();
    await dialog().getByText('A packet of several books needs a title.').waitFor();
    await dialog().getByLabel('Packet title').fill('Northeast Asia Trip, March 2026');
    await dialog()
      .getByRole('group', { name: `Tabs of ${korea!.title}` })
      .getByRole('checkbox')
      .last()
      .uncheck();
    await dialog().getByRole('button', { name: 'Export packet' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    const file = (await page.getByTestId('export-result').locator('code').innerText()).trim();
    const all = (await pdfPageTexts(file)).join('\n').replace(/\s+/g, ' ');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    expect(all).toContain('Northeast Asia Trip, March 2026');
    expect(all).toContain('Japan');
    expect(all).toContain('Korea');
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

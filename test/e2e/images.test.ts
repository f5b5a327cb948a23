// E2E: insert a photo into Biographies through main's open dialog, give it alt text, save, export; the PDF holds the picture as a Figure with that alt text.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageNodes } from '../../core/book/images';
import { jpegBytes } from '../fixtures/images';
import { allNodes, qpdfTagging } from '../node/pdf/structureTree';
import { screenshotDir } from './harness/screenshot';
import { openBook, SEED, savedBook, settle } from './editorHelpers';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';

/** What the fake open dialog answers next (a path, or null for Cancel). */
let nextFile: string | null = null;
const ALT = 'Portrait of the counterpart (test picture)';

const app = useApp({ seedBooks: [SEED], openDialog: () => nextFile });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

describe('pictures in a book', () => {
  it('refuses a file that is not a PNG or JPEG, naming it', async () => {
    const { page } = app;
    await openBook(page, app.seeded[0]!.title);
    await page.getByRole('button', { name: 'Biographies', exact: true }).click();
    nextFile = path.join(app.userDataDir, 'notes.png');
    writeFileSync(nextFile, 'not a picture at all');
    await page.getByRole('button', { name: 'Insert picture', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'notes.png' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'notes.png: is not a PNG or JPEG picture (only PNG and JPEG can be inserted)',
    );
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.bbe-image').count()).toBe(0);
  });

  it('inserts a JPEG with alt text as a block, stored in the book by hash', async () => {
    const { page } = app;
    const content = page.getByRole('textbox', { name: 'Biographies content' });
    await content.click();
    await page.keyboard.press('Control+End');
    await settle(page);
    nextFile = path.join(app.userDataDir, 'petrov.jpg');
    writeFileSync(nextFile, jpegBytes(300, 400));
    await page.getByRole('button', { name: 'Insert picture', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert picture: petrov.jpg' });
    await dialog.waitFor();
    await dialog.getByLabel('Alt text').fill(ALT);
    await screenshot(page, 'image-insert-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    const figure = page.locator('.bbe-image');
    await figure.getByRole('img', { name: ALT }).waitFor();
    expect(await figure.locator('figcaption').innerText()).toContain(`Alt text: ${ALT}`);
    await screenshot(page, 'image-in-editor');
    expect(await axeViolations(page)).toEqual([]);

    const book = await savedBook(app, app.seeded[0]!.id);
    const bios = book.tabs.find((t) => t.kind === 'biographies')!;
    const nodes = imageNodes(bios.content.root);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ alt: ALT, width: 144, $: { mark: bios.defaultMark } });
    const stored = book.images?.[nodes[0]!.hash];
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 300, height: 400 });
  });

  it('exports a PDF with the picture, tagged as a Figure with its alt text', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    const file = (await result.locator('code').innerText()).trim();
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const rows = list
      .trim()
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([['image', '300', '400']]);
    const page1 = rows[0]![0]!;
    const text = execFileSync('pdftotext', ['-f', page1, '-l', page1, file, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Biographies');
    const tree = qpdfTagging(new Uint8Array(readFileSync(file)));
    const figures = allNodes(tree.root).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toEqual([ALT]);
    // The printed page, for people to look at (test-output/screenshots/image-pdf-page-NN.png).
    const out = path.join(screenshotDir, 'image-pdf-page');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', page1, '-l', page1, file, out]);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

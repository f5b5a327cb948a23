// E2E: "Delete permanently" in the trash asks for confirmation, then erases every file of the book (generations, backups, journal, index entry).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLibraryKey } from '../../node/storage/keyring';
import { memoryKeyProvider } from '../node/storage/memoryKeyProvider';
import { filesUnder } from '../node/storage/plaintextScan';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { BR_BRASILIA, JP_TOKYO } from './harness/seeds';
import { rowAction, trashAndOpenTrash } from './rowMenu';

const app = useApp({ seedBooks: [JP_TOKYO, BR_BRASILIA] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').nth(1).waitFor();
});

/** Paths under userData (relative) that belong to book `id`. */
const filesOf = (id: string): string[] =>
  filesUnder(app.userDataDir)
    .map((p) => path.relative(app.userDataDir, p))
    .filter((p) => p.split(path.sep).includes(id) || p.startsWith(`journal${path.sep}${id}.`));

describe('delete permanently', () => {
  it('asks first, then removes every generation, backup, journal entry and index entry of the book', async () => {
    const { page } = app;
    const brazil = app.seeded[1]!;
    // Give the book backups and unsaved changes in the journal.
    for (const title of ['Second save', 'Third save']) {
      const saved = await app.invoke('books:save', { book: { ...brazil, title } });
      expect(saved.ok).toBe(true);
    }
    await app.invoke('journal:write', { book: { ...brazil, title: 'Unsaved draft' } });
    await page.reload();
    await page.getByTestId('book-row').nth(1).waitFor();
    expect(filesOf(brazil.id).length).toBeGreaterThanOrEqual(4);

    await trashAndOpenTrash(page, /Third save/);
    await page.getByTestId('trash-row').first().waitFor();
    // Cancel keeps the book in the trash.
    await rowAction(page, /Third save/, 'Delete permanently…');
    const dialog = page.getByRole('dialog', { name: 'Delete permanently?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/cannot be undone/);
    await screenshot(page, 'trash-purge-confirm');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('trash-row').count()).toBe(1);
    expect(filesOf(brazil.id).length).toBeGreaterThanOrEqual(4);

    await rowAction(page, /Third save/, 'Delete permanently…');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await page.getByText(/was deleted permanently/).waitFor();
    await page.getByText('The trash is empty.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(filesOf(brazil.id)).toEqual([]);
    const cipher = await openLibraryKey(app.userDataDir, memoryKeyProvider());
    const index = JSON.parse(
      cipher
        .open(readFileSync(path.join(app.userDataDir, 'books', 'index.json')), 'index', 'index')
        .toString('utf8'),
    ) as { entries: Record<string, unknown> };
    expect(Object.keys(index.entries)).toEqual([app.seeded[0]!.id]);
    const gone = await app.invoke('books:get', { id: brazil.id });
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
    // The other book is untouched.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByTestId('book-row').first().waitFor();
    expect(await page.getByTestId('book-row').count()).toBe(1);
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

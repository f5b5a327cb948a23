// E2E: a book damaged on disk is opened from its newest good backup and the user is told, once, in an accessible notice.
import { readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { axeViolations, screenshot, type AppHandle } from './harness';
import { useLaunches } from './harness/useLaunches';
import { FR_PARIS } from './harness/seeds';

const launches = useLaunches();

async function start(userDataDir: string, seed: boolean): Promise<AppHandle> {
  const app = await launches.launch({ userDataDir, seedBooks: seed ? [FR_PARIS] : [] });
  await app.page.getByTestId('book-row').first().waitFor();
  return app;
}

/** Saves the book twice through the real handler, so book.json holds B and book.json.bak1 holds A. */
async function saveTwice(app: AppHandle, id: string, titles: [string, string]): Promise<void> {
  const loaded = await app.invoke('books:get', { id });
  if (!loaded.ok) throw new Error(loaded.error.message);
  for (const title of titles) {
    const saved = await app.invoke('books:save', { book: { ...loaded.value, title } as Book });
    if (!saved.ok) throw new Error(saved.error.message);
  }
}

const bookDirOf = (userDataDir: string, id: string) => path.join(userDataDir, 'books', id);

async function openFirstBook(app: AppHandle): Promise<void> {
  await app.page.getByTestId('book-row').first().locator('th button').click();
  await app.page.getByTestId('outline-tab').first().waitFor();
}

describe('a book restored from a backup', () => {
  it('is reported when it is opened: which book, which backup and save time, where the damaged file is', async () => {
    const userDataDir = launches.tempDir('recovery');
    const app = await start(userDataDir, true);
    const id = app.seeded[0]!.id;
    await saveTwice(app, id, ['Generation A of the Paris book', 'Generation B of the Paris book']);
    // Damage the current file while the app runs: same length, checksum no longer matches.
    const bookFile = path.join(bookDirOf(userDataDir, id), 'book.json');
    const tampered = readFileSync(bookFile, 'utf8').replace('Generation B', 'Generation X');
    writeFileSync(bookFile, tampered);

    const { page } = app;
    await openFirstBook(app);
    const notice = page.getByRole('alert').filter({ hasText: 'was damaged on disk' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('"Generation A of the Paris book" was damaged on disk');
    expect(text).toMatch(
      /restored from its newest good backup \(book\.json\.bak1, backup 1, saved \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/,
    );
    const damaged = readdirSync(bookDirOf(userDataDir, id)).filter((n) =>
      n.startsWith('book.json.damaged-'),
    );
    expect(damaged).toHaveLength(1);
    expect(text).toContain(
      `The damaged file was kept as ${path.join(bookDirOf(userDataDir, id), damaged[0]!)}.`,
    );
    expect(readFileSync(path.join(bookDirOf(userDataDir, id), damaged[0]!), 'utf8')).toBe(tampered);
    // The editor shows the backup's content, not the damaged file's.
    await page.getByRole('heading', { name: 'Generation A of the Paris book', level: 1 }).waitFor();
    expect(await page.getByText('Generation X').count()).toBe(0);
    await screenshot(page, 'library-backup-restored');
    expect(await axeViolations(page)).toEqual([]);

    // Dismissible, and not repeated: back to the library (books:list) and into the book again (books:get).
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Close book' }).click();
    await page.getByTestId('book-row').first().waitFor();
    await openFirstBook(app);
    await page.getByRole('heading', { name: 'Generation A of the Paris book', level: 1 }).waitFor();
    // Give a (wrong) late notice time to arrive before asserting there is none.
    await page.waitForTimeout(500);
    expect(await page.getByText('was damaged on disk').count()).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });

  it('is reported once in the library when the damage is found at start-up (torn write)', async () => {
    const userDataDir = launches.tempDir('recovery');
    const first = await start(userDataDir, true);
    const id = first.seeded[0]!.id;
    await saveTwice(first, id, ['Torn book, good save', 'Torn book, torn save']);
    await first.close({ keepUserData: true });
    const bookFile = path.join(bookDirOf(userDataDir, id), 'book.json');
    truncateSync(bookFile, Math.floor(readFileSync(bookFile).length / 2));

    const app = await start(userDataDir, false);
    const { page } = app;
    const notice = page.getByRole('alert').filter({ hasText: 'was damaged on disk' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /"Torn book, good save" was damaged on disk; it was restored from its newest good backup \(book\.json\.bak1, backup 1, saved .* UTC\)\. The damaged file was kept as .*book\.json\.damaged-/,
    );
    expect(await notice.count()).toBe(1);
    await screenshot(page, 'library-backup-restored-startup');
    await expect
      .poll(() => page.getByTestId('book-row').first().textContent())
      .toContain('Torn book, good save');
    await openFirstBook(app);
    await page.getByRole('heading', { name: 'Torn book, good save', level: 1 }).waitFor();
    expect(await notice.count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});

// E2E: edits survive closing and reopening the app; a crash before autosave is recovered from the journal.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, type AppHandle } from './harness';
import { useLaunches } from './harness/useLaunches';
import { FR_PARIS } from './harness/seeds';

const launches = useLaunches();
let userDataDir: string;
let bookId: string;

async function start(seed = false): Promise<AppHandle> {
  const app = await launches.launch({
    userDataDir,
    seedBooks: seed ? [FR_PARIS] : [],
  });
  await app.page.getByTestId('book-row').first().waitFor();
  return app;
}

async function openBook(app: AppHandle): Promise<void> {
  await app.page.getByTestId('book-row').first().locator('th button').click();
  await app.page.getByTestId('outline-tab').first().waitFor();
}

const editorOf = (app: AppHandle, tabTitle: string) =>
  app.page.getByRole('textbox', { name: `${tabTitle} content` });

beforeAll(() => {
  userDataDir = launches.tempDir('persist');
});

describe('persistence', () => {
  it('keeps identity, clearance and tab text across a restart', async () => {
    const app = await start(true);
    bookId = app.seeded[0]!.id;
    await openBook(app);
    const { page } = app;
    await page.getByRole('button', { name: 'Book details & clearance' }).click();
    await page.getByLabel('Book title').fill('Paris Space Dialogue: Delegation Book');
    await page.getByLabel('Copy number').fill('7');
    await page.getByLabel('Drafted by: name').fill('A. Drafter');
    // The template lists four clearing offices; this book needs only the first.
    for (const office of ['ISN/MTR', 'L/OES', 'PM/CPA'])
      await page.getByRole('button', { name: `Remove ${office}` }).click();
    expect(await page.getByLabel('Clearance 1: office').inputValue()).toBe('OES/SAT');
    await page.getByLabel('Clearance 1: name').fill('B. Clearer');
    await page.getByLabel('Clearance 1: status').selectOption('cleared');
    await page.getByLabel('Approved by: name').fill('C. Approver');
    await page.getByLabel('Approved by: date').fill('2026-09-01');
    await screenshot(page, 'editor-details');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByTestId('save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Points to Make', exact: true }).click();
    const editor = editorOf(app, 'Points to Make');
    // Into the tab's last paragraph: the editor's centre may be a talking point's slot dropdown.
    await editor.locator(':scope > p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We welcome France as a partner in lunar exploration.');
    // The editor hands typing over after a pause: first "Unsaved changes", then autosave's "Saved".
    await page.getByTestId('save-status').filter({ hasText: 'Unsaved changes' }).waitFor();
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 10_000 });
    await app.close({ keepUserData: true });

    const again = await start();
    expect(await again.page.getByTestId('book-row').first().innerText()).toContain(
      'Paris Space Dialogue: Delegation Book',
    );
    await openBook(again);
    expect(await again.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Paris Space Dialogue: Delegation Book',
    );
    await again.page.getByRole('button', { name: 'Points to Make', exact: true }).click();
    expect(await editorOf(again, 'Points to Make').innerText()).toContain(
      'We welcome France as a partner in lunar exploration.',
    );
    const saved = await again.invoke('books:get', { id: bookId });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.copyNumber).toBe(7);
    // Typing in a tab after the clearance made it stale: the stored status follows the tracker.
    expect(saved.value.clearance).toMatchObject({
      status: 'draft',
      drafted: { name: 'A. Drafter' },
      cleared: [{ office: 'OES/SAT', name: 'B. Clearer', status: 'cleared' }],
      approved: { name: 'C. Approver' },
    });
    await again.close({ keepUserData: true });
  });

  it('offers to recover changes journaled before a crash, and restores them', async () => {
    const app = await start();
    await openBook(app);
    await app.page.getByRole('button', { name: 'Background', exact: true }).click();
    const editor = editorOf(app, 'Background');
    await editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Crash-test sentence that only the journal holds.');
    // Crash as soon as the journal has all of it, before the 1 s autosave (the journal may
    // first hold part of the sentence: it is written during typing too).
    await expect
      .poll(
        async () => {
          const j = await app.invoke('journal:get', { id: bookId });
          return j.ok && JSON.stringify(j.value?.book.tabs ?? null).includes('journal holds.');
        },
        { interval: 20, timeout: 5000 },
      )
      .toBe(true);
    await app.close({ keepUserData: true });

    const after = await start();
    const stored = await after.invoke('books:get', { id: bookId });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(JSON.stringify(stored.value.tabs)).not.toContain('Crash-test sentence');
    await openBook(after);
    await after.page.getByRole('alertdialog', { name: 'Unsaved changes found' }).waitFor();
    await screenshot(after.page, 'editor-recovery');
    expect(await axeViolations(after.page)).toEqual([]);
    await after.page.getByRole('button', { name: 'Recover unsaved changes' }).click();
    await after.page.getByRole('button', { name: 'Background', exact: true }).click();
    expect(await editorOf(after, 'Background').innerText()).toContain(
      'Crash-test sentence that only the journal holds.',
    );
    await after.page
      .getByTestId('save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 10_000 });
    const recovered = await after.invoke('books:get', { id: bookId });
    expect(recovered.ok && JSON.stringify(recovered.value.tabs)).toContain('Crash-test sentence');
    const journal = await after.invoke('journal:get', { id: bookId });
    expect(journal.ok && journal.value).toBe(null);
  });

  it('made no network request and logged no error', () => {
    expect(launches.all.flatMap((a) => a.requests)).toEqual([]);
    expect(launches.all.flatMap((a) => a.errors)).toEqual([]);
  });
});

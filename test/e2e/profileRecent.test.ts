// E2E: the library's Recent list follows the books opened, and the profile prefills "Drafted by" in new books.
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { rowAction } from './rowMenu';

const seed = (countryCode: string, date: string) => ({
  templateId: 'bilateral-space-dialogue',
  countryCode,
  meeting: { date, city: '', counterpart: null, principal: null },
});

const app = useApp({
  seedBooks: [seed('DE', '2026-10-06'), seed('FR', '2026-09-08'), seed('BR', '2026-11-17')],
});

const idOf = (code: string): string => app.seeded.find((b) => b.meeting.countryCode === code)!.id;

/** The Recent list's books, top to bottom, as country codes. */
async function recentOrder(): Promise<string[]> {
  const ids = await app.page
    .getByTestId('recent-book')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-book-id')));
  return ids.map((id) => app.seeded.find((b) => b.id === id)?.meeting.countryCode ?? `?${id}`);
}

async function closeBook(): Promise<void> {
  await app.page.getByRole('button', { name: 'Close book' }).click();
  await app.page.getByRole('heading', { name: 'Library' }).waitFor();
  await app.page.getByTestId('recent-book').first().waitFor();
}

describe('Recent list', () => {
  it('lists books most recently opened first, from the table or from the list itself', async () => {
    const { page } = app;
    await page.getByTestId('recent-book').first().waitFor();
    // Creating a book counts as opening it: the seeds, newest first.
    expect(await recentOrder()).toEqual(['BR', 'FR', 'DE']);

    await page.locator(`[data-testid="book-row"][data-book-id="${idOf('DE')}"] th button`).click();
    await page.getByTestId('outline-tab').first().waitFor();
    await closeBook();
    expect(await recentOrder()).toEqual(['DE', 'BR', 'FR']);

    const recentFrance = page.getByRole('navigation', { name: 'Recent' }).getByRole('button', {
      name: /^Reopen .*France/,
    });
    await recentFrance.click();
    await page.getByRole('heading', { level: 1, name: /France/ }).waitFor();
    await closeBook();
    expect(await recentOrder()).toEqual(['FR', 'DE', 'BR']);
    await screenshot(page, 'library-recent');
    expect(await axeViolations(page)).toEqual([]);
    const prefs = await app.invoke('prefs:get', {});
    expect(prefs.ok && prefs.value.recentBookIds.slice(0, 3)).toEqual(['FR', 'DE', 'BR'].map(idOf));
  });

  it('is not changed by reading books for an export', async () => {
    const { page } = app;
    await rowAction(page, /Brazil/, 'Export PDF…');
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(/Brazil/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Close dialog' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('recent-book').first().waitFor();
    expect(await recentOrder()).toEqual(['FR', 'DE', 'BR']);
  });

  it('drops a book moved to the trash', async () => {
    const { page } = app;
    await rowAction(page, /Brazil/, 'Move to trash');
    await page.getByText(/moved to the trash/).waitFor();
    await expect.poll(recentOrder).toEqual(['FR', 'DE']);
  });
});

describe('profile', () => {
  it('is edited from the library and kept in preferences', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Profile', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Your profile' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name').fill('A. Drafter');
    await dialog.getByLabel('Your office').fill('OES/SAT');
    await screenshot(page, 'profile-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    expect(await dialog.count()).toBe(0);

    const prefs = await app.invoke('prefs:get', {});
    expect(prefs.ok && prefs.value.draftedBy).toEqual({ name: 'A. Drafter', office: 'OES/SAT' });
    // Saving the profile kept the recent list it does not own.
    expect(prefs.ok && prefs.value.recentBookIds.slice(0, 2)).toEqual(['FR', 'DE'].map(idOf));

    await page.getByRole('button', { name: 'Profile', exact: true }).click();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Your name').inputValue()).toBe('A. Drafter');
    expect(await dialog.getByLabel('Your office').inputValue()).toBe('OES/SAT');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('prefills "Drafted by" in a new book', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New book', exact: true }).first().click();
    await page.getByRole('radio', { name: /Bilateral space dialogue/ }).check();
    await page.getByLabel('Search countries').fill('Japan');
    await page.getByRole('heading', { name: 'Japan: facts on file' }).waitFor();
    await page.getByLabel('Meeting date').fill('2026-03-14');
    await page.getByRole('button', { name: 'Create book' }).click();
    await page.getByRole('heading', { level: 1, name: /Japan/ }).waitFor();
    await page.getByRole('button', { name: 'Book details & clearance' }).click();
    expect(await page.getByLabel('Drafted by: name').inputValue()).toBe('A. Drafter');
    expect(await page.getByLabel('Drafted by: office').inputValue()).toBe('OES/SAT');
    expect(await page.getByLabel('Drafted by: date').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    const list = await app.invoke('books:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const japan = list.value.find((b) => b.countryCode === 'JP')!;
    const stored = await app.invoke('books:get', { id: japan.id });
    expect(stored.ok && stored.value.clearance.drafted).toEqual({
      name: 'A. Drafter',
      office: 'OES/SAT',
      date: null,
    });
    // Books drafted before the profile existed keep an empty "Drafted by".
    const older = await app.invoke('books:get', { id: idOf('DE') });
    expect(older.ok && older.value.clearance.drafted).toBeNull();
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

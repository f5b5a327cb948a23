// E2E: library search and filters, delete with Undo, trash and restore, next round, book-file export and import.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeText } from '../../core/book/walk';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { BR_BRASILIA, JP_TOKYO, meeting } from './harness/seeds';
import { rowAction, trashAndOpenTrash } from './rowMenu';

const app = useApp({
  seedBooks: [
    JP_TOKYO,
    BR_BRASILIA,
    {
      templateId: 'space-security-dialogue',
      countryCode: 'IN',
      // A labelled test name, not a real official: it only proves the counterpart is searched.
      meeting: {
        ...meeting('2026-06-20', 'New Delhi'),
        counterpart: { name: 'Fixture Counterpart' },
      },
    },
  ],
});
beforeAll(async () => {
  await app.page.getByTestId('book-row').nth(2).waitFor();
});

const rows = () => app.page.getByTestId('book-row');
const titles = () => rows().locator('th .book-title').allInnerTexts();

describe('library', () => {
  it('lists every book with country, meeting date and marking', async () => {
    expect(await rows().count()).toBe(3);
    const japan = rows().filter({ hasText: 'Japan' });
    expect(await japan.innerText()).toContain('2026-03-14');
    expect(await japan.innerText()).toMatch(/SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED/);
    await screenshot(app.page, 'library');
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('searches by text and filters by country and template', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Search' }).fill('security india');
    expect(await titles()).toEqual([expect.stringMatching(/India Space Security Dialogue/)]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Country', { exact: true }).selectOption('BR');
    expect(await titles()).toEqual([
      expect.stringMatching(/Artemis Accords Discussion with Brazil/),
    ]);
    await page.getByLabel('Country', { exact: true }).selectOption('');
    await page.getByLabel('Template', { exact: true }).selectOption('bilateral-space-dialogue');
    expect(await titles()).toEqual([expect.stringMatching(/Japan Bilateral/)]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like this');
    await page.getByText('No books match the search.').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Template', { exact: true }).selectOption('');
    expect(await rows().count()).toBe(3);
  });

  it('searches the meeting city, the counterpart and the body text', async () => {
    const search = app.page.getByRole('searchbox', { name: 'Search' });
    await search.fill('tokyo');
    expect(await titles()).toEqual([expect.stringMatching(/Japan Bilateral/)]);
    await search.fill('brasilia'); // typed without the accent of "Brasília"
    expect(await titles()).toEqual([expect.stringMatching(/with Brazil/)]);
    await search.fill('fixture counterpart');
    expect(await titles()).toEqual([expect.stringMatching(/India Space Security Dialogue/)]);
    // A word of the India book's opening text that neither other book contains anywhere.
    const bodyText = (i: number) =>
      app.seeded[i]!.tabs.map((t) => nodeText(t.content.root))
        .join(' ')
        .toLowerCase();
    const others = `${bodyText(0)} ${bodyText(1)} ${app.seeded.map((b) => b.title).join(' ')}`;
    const word = bodyText(2)
      .slice(0, 1500)
      .split(/[^a-z]+/)
      .find((w) => w.length >= 7 && !others.toLowerCase().includes(w));
    expect(word).toBeTruthy();
    await search.fill(word!);
    expect(await titles()).toEqual([expect.stringMatching(/India Space Security Dialogue/)]);
    await search.fill('');
    expect(await rows().count()).toBe(3);
  });

  it('deletes to the trash with Undo, and restores from the trash view', async () => {
    const { page } = app;
    await rowAction(page, /Brazil/, 'Move to trash');
    await page.getByText(/moved to the trash/).waitFor();
    expect(await rows().count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await rows().nth(2).waitFor();
    expect(await titles()).toContainEqual(expect.stringMatching(/Brazil/));

    await trashAndOpenTrash(page, /Brazil/);
    await page.getByTestId('trash-row').first().waitFor();
    expect(await page.getByTestId('trash-row').innerText()).toMatch(/Brazil/);
    await screenshot(page, 'trash');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Restore .*Brazil/ }).click();
    await page.getByText('The trash is empty.').waitFor();
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await rows().nth(2).waitFor();
    expect(await rows().count()).toBe(3);
  });

  it('starts the next round from a past book, asking the next meeting date', async () => {
    const { page } = app;
    await rowAction(page, /Japan/, 'Start next round…');
    await page.getByRole('dialog', { name: 'Start next round' }).waitFor();
    await screenshot(page, 'next-round-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Next meeting date').fill('2027-03-10');
    await page.getByRole('button', { name: 'Create next round' }).click();
    await page.getByRole('heading', { name: /Japan/, level: 1 }).waitFor();
    expect(await page.locator('.editor-heading').innerText()).toContain('2027-03-10');
    // The title is re-dated for the new round rather than repeating the past meeting's date.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/March 10, 2027$/);
    const list = await app.invoke('books:list', {});
    expect(
      list.ok &&
        list.value
          .filter((b) => b.countryCode === 'JP')
          .map((b) => b.meetingDate)
          .sort(),
    ).toEqual(['2026-03-14', '2027-03-10']);
    await page.getByRole('button', { name: 'Close book' }).click();
    await rows().nth(3).waitFor();
  });

  it('exports a book file and imports it back as a new book', async () => {
    const { page } = app;
    await rowAction(page, /India/, 'Export book file…');
    await page.getByText(/Book file saved to/).waitFor();
    const saved = (await page.getByText(/Book file saved to/).innerText())
      .replace(/^.*saved to /, '')
      .trim();
    expect(path.dirname(saved)).toBe(app.exportsDir);
    await page.getByTestId('import-input').setInputFiles(saved);
    await page.getByText(/^Imported “/).waitFor();
    await expect.poll(() => rows().filter({ hasText: 'India' }).count()).toBe(2);
  });

  it('rejects a hostile book file with a specific message and changes nothing', async () => {
    const { page } = app;
    const before = await rows().count();
    const list = await app.invoke('books:list', {});
    const one = list.ok ? await app.invoke('books:get', { id: list.value[0]!.id }) : null;
    if (!one?.ok) throw new Error('no book to tamper with');
    const hostile = path.join(app.exportsDir, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify({ ...one.value, tabs: [{ ...one.value.tabs[0], defaultMark: 'SECRET' }] }),
    );
    await page.getByTestId('import-input').setInputFiles(hostile);
    const alert = page.getByRole('alert').filter({ hasText: 'Import refused. hostile.json' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/"SECRET" is a classified marking/);
    await screenshot(page, 'library-import-rejected');
    expect(await rows().count()).toBe(before);

    writeFileSync(hostile, '{"formatVersion": 1, "tabs": [');
    await page.getByTestId('import-input').setInputFiles(hostile);
    await page
      .getByRole('alert')
      .filter({ hasText: /not valid JSON/ })
      .waitFor();
    expect(await rows().count()).toBe(before);

    // A classification marking disguised with a Cyrillic letter in the title: refused, and the message says where.
    const disguised = structuredClone(one.value);
    disguised.title = 'Disguised S\u0415CRET test';
    writeFileSync(hostile, JSON.stringify(disguised));
    await page.getByTestId('import-input').setInputFiles(hostile);
    const located = page
      .getByRole('alert')
      .filter({ hasText: /\$\.title: contains the classification marking "SECRET" \(disguised/ });
    await located.waitFor();
    expect(await rows().count()).toBe(before);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

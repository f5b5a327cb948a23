// E2E: live fields. Book details changes every field at once, the title follows until renamed, fields are atomic, next round re-dates them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { rowAction } from './rowMenu';
import { openBook, savedBook, settle } from './editorHelpers';

let bookId: string;

const TITLE = 'U.S.-Kenya Bilateral Space Dialogue, March 10, 2027';

const app = useApp({
  seedBooks: [
    {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'KE',
      meeting: {
        date: '2027-03-10',
        city: 'Nairobi',
        counterpart: { name: 'Test Counterpart Alpha', title: 'Director General (test title)' },
        principal: { name: 'Test Principal Bravo', title: 'Assistant Secretary (test title)' },
      },
    },
  ],
});
beforeAll(async () => {
  bookId = app.seeded[0]!.id;
  await openBook(app.page, TITLE);
});

const page = () => app.page;
const editor = (): Locator => page().locator('.bbe-content');
const fields = (name: string): Locator => editor().locator(`.bbe-field[data-field="${name}"]`);
const heading = () => page().getByRole('heading', { level: 1 }).innerText();

async function openTab(title: string): Promise<void> {
  await page()
    .getByTestId('outline-tab')
    .filter({ hasText: title })
    .locator('.outline-label')
    .click();
  await page().getByRole('heading', { name: title, level: 2 }).waitFor();
  await editor().waitFor();
}

async function openDetails(): Promise<void> {
  await page()
    .getByRole('button', { name: /Book details/ })
    .click();
  await page().getByLabel('Meeting date').waitFor();
}

/** Every field's text in the open editor, for one field name. */
const fieldTexts = (name: string) => fields(name).allInnerTexts();

describe('live fields', () => {
  it('shows the details as fields in the editor', async () => {
    await openTab('Purpose and Objectives');
    await expect.poll(() => fieldTexts('meeting.date')).toEqual(['March 10, 2027']);
    await expect.poll(() => fieldTexts('meeting.city')).toEqual(['Nairobi']);
    await expect.poll(() => fieldTexts('counterpart.name')).toEqual(['Test Counterpart Alpha']);
    await screenshot(page(), 'fields-editor');
    expect(await axeViolations(page())).toEqual([]);
  });

  it('changing date, city and counterpart in Book details updates every field and the title', async () => {
    await openDetails();
    await page().getByLabel('Meeting date').fill('2027-09-15');
    await page().getByLabel('City').fill('Mombasa');
    await page().getByLabel('Counterpart name', { exact: true }).fill('Test Counterpart Charlie');
    await expect.poll(heading).toBe('U.S.-Kenya Bilateral Space Dialogue, September 15, 2027');
    expect(await page().locator('#title-follows').innerText()).toMatch(
      /follows the meeting details/,
    );
    await screenshot(page(), 'fields-book-details');
    expect(await axeViolations(page())).toEqual([]);

    await openTab('Purpose and Objectives');
    await expect.poll(() => fieldTexts('meeting.date')).toEqual(['September 15, 2027']);
    await expect.poll(() => fieldTexts('meeting.city')).toEqual(['Mombasa']);
    const purpose = await editor().innerText();
    for (const old of ['March 10, 2027', 'Nairobi', 'Alpha']) expect(purpose).not.toContain(old);
    expect(purpose).toContain('Test Counterpart Charlie');

    await openTab('Schedule');
    await expect.poll(() => fieldTexts('meeting.date')).toEqual(['September 15, 2027']);
    expect((await fieldTexts('meeting.city')).length).toBeGreaterThan(0);
    expect(new Set(await fieldTexts('meeting.city'))).toEqual(new Set(['Mombasa']));

    // Every tab as saved: no old value left anywhere in the content.
    const book = await savedBook(app, bookId);
    const stored = JSON.stringify(book.tabs);
    for (const old of ['March 10, 2027', 'Nairobi', 'Test Counterpart Alpha'])
      expect(stored).not.toContain(old);
    expect(book.title).toBe('U.S.-Kenya Bilateral Space Dialogue, September 15, 2027');
  });

  it('keeps a title renamed by hand when the details change again; the delegation is a field too', async () => {
    await openDetails();
    await page().getByLabel('Book title').fill('Kenya talks (renamed by hand)');
    await page().getByLabel('City').fill('Kisumu');
    await expect.poll(heading).toBe('Kenya talks (renamed by hand)');
    expect(await page().locator('#title-follows').innerText()).toMatch(/stays as written/);
    await page()
      .getByLabel(/U\.S\. delegation/)
      .fill('Test Member One, Deputy (test title)\nTest Member Two');
    await openTab('Purpose and Objectives');
    await expect.poll(() => fieldTexts('meeting.city')).toEqual(['Kisumu']);
    await openTab('Participants');
    await expect
      .poll(() => fieldTexts('delegation'))
      .toEqual(['Test Member One, Deputy (test title); Test Member Two']);
    const book = await savedBook(app, bookId);
    expect(book.meeting.delegation).toEqual([
      { name: 'Test Member One', title: 'Deputy (test title)' },
      { name: 'Test Member Two' },
    ]);
    expect(book.title).toBe('Kenya talks (renamed by hand)');
    expect(book.titleIsCustom).toBe(true);
  });

  it('keeps a field whole: typing beside it does not enter it, Backspace removes it at once', async () => {
    await openTab('Purpose and Objectives');
    const paragraph = editor().locator('p', { hasText: 'U.S. principal:' });
    // The sentence ends "U.S. principal: <field>.".
    // Click the last run (on the paragraph's last line), then End: the caret is after the full stop.
    await paragraph.locator('span').last().click();
    await page().keyboard.press('End');
    // Backspace acts on Lexical's selection: let it take in the caret End moved.
    await settle(page());
    const text = () => paragraph.innerText();
    await page().keyboard.press('Backspace'); // the full stop
    await expect.poll(text).toMatch(/Test Principal Bravo$/);
    await page().keyboard.type('!');
    // The "!" starts its own run: the field keeps its value and stays one field.
    await expect.poll(text).toMatch(/Test Principal Bravo!$/);
    await expect.poll(() => fieldTexts('principal.name')).toEqual(['Test Principal Bravo']);
    await page().keyboard.press('Backspace'); // the "!"
    await expect.poll(text).toMatch(/Test Principal Bravo$/);
    await page().keyboard.press('Backspace'); // the whole field at once
    await expect.poll(() => fieldTexts('principal.name')).toEqual([]);
    expect(await text()).toMatch(/U\.S\. principal:\s*$/);
    expect(await text()).not.toContain('Test Principal');
  });

  it('a next round shows the new date in every field', async () => {
    await page().getByRole('button', { name: 'Close book' }).click();
    await rowAction(page(), /Kenya/, 'Start next round…');
    await page().getByLabel('Next meeting date').fill('2028-01-20');
    await page().getByRole('button', { name: 'Create next round' }).click();
    await editor().waitFor();
    await openTab('Purpose and Objectives');
    await expect.poll(() => fieldTexts('meeting.date')).toEqual(['January 20, 2028']);
    await expect.poll(() => fieldTexts('meeting.city')).toEqual(['Kisumu']);
    await openTab('Schedule');
    await expect.poll(() => fieldTexts('meeting.date')).toEqual(['January 20, 2028']);
    expect(await editor().innerText()).not.toContain('September 15, 2027');
    expect(await axeViolations(page())).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});

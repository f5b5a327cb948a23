// E2E: create a book through the New book screen in real Chromium, on the real main-process handlers.
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';

const app = useApp();

describe('new book', () => {
  it('shows an empty library with an UNCLASSIFIED banner, top and bottom', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.getByText('No briefing books yet').waitFor(); // the list loads after the heading
    expect(await page.getByTestId('banner-top').textContent()).toBe('UNCLASSIFIED');
    expect(await page.getByTestId('banner-bottom').textContent()).toBe('UNCLASSIFIED');
    await screenshot(page, 'library-empty');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates a book from a template, a country and meeting details, then opens it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New book', exact: true }).first().click();
    await page.getByRole('heading', { name: 'New briefing book' }).waitFor();
    // The first template is already chosen; the required choices say so, to eyes and to AT.
    const templates = page.getByRole('radio');
    expect(await templates.first().isChecked()).toBe(true);
    expect(await templates.nth(1).isChecked()).toBe(false);
    const templateGroup = page.getByRole('radiogroup', { name: /Template/ });
    expect(await templateGroup.getAttribute('aria-required')).toBe('true');
    expect(await templateGroup.locator('legend .required-mark').innerText()).toBe('*');
    const countryList = page.getByRole('listbox', { name: /^Country/ });
    expect(await countryList.getAttribute('aria-required')).toBe('true');
    expect(await page.getByLabel('Meeting date').getAttribute('aria-required')).toBe('true');
    expect(await countryList.locator('xpath=..').locator('.required-mark').count()).toBe(1);
    expect(
      await page.locator('label', { hasText: 'Meeting date' }).locator('.required-mark').count(),
    ).toBe(1);
    expect(
      await page
        .locator('label', { hasText: /^City$/ })
        .locator('.required-mark')
        .count(),
    ).toBe(0);
    await page.getByRole('radio', { name: /Bilateral space dialogue/ }).check();
    await page.getByLabel('Search countries').fill('Japan');
    // A single match selects itself; its facts appear with their authority and as-of date,
    // and the compiler's sources behind a disclosure.
    await page.getByRole('heading', { name: 'Japan: facts on file' }).waitFor();
    const facts = page.locator('.facts-list');
    expect(await facts.innerText()).toContain(
      'NASA, Artemis Accords signatories, as of 30 July 2026',
    );
    await facts.getByText('How this was compiled').first().click();
    expect(await facts.innerText()).toMatch(/Sources: .*internacia-db/);
    // A date typed into the middle of the field can come out as year 0027: refused at the field.
    await page.getByLabel('Meeting date').fill('0027-03-14');
    const dateError = page.locator('#new-book-error-date');
    expect(await dateError.innerText()).toBe(
      "The meeting date's year is 0027: enter a year from 2000 to 2099.",
    );
    expect(await page.getByLabel('Meeting date').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Create book' }).click();
    await page.getByRole('alert').filter({ hasText: 'attention: Meeting date.' }).waitFor();
    expect(
      await page.getByLabel('Meeting date').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    const none = await app.invoke('books:list', {});
    expect(none.ok && none.value).toEqual([]);
    await page.getByLabel('Meeting date').fill('2026-03-14');
    expect(await dateError.count()).toBe(0);
    await page.getByLabel('City', { exact: true }).fill('Tokyo');
    await page.getByLabel('Counterpart name', { exact: true }).fill('Sato Hanako');
    await page.getByLabel('Counterpart name in native script').fill('佐藤 花子');
    await screenshot(page, 'new-book');
    expect(await axeViolations(page)).toEqual([]);
    // Enter in a field submits the form, as the Create book button does.
    await page.getByLabel('City', { exact: true }).press('Enter');
    await page.getByRole('heading', { name: /U\.S\.-Japan Bilateral Space Dialogue/ }).waitFor();
    await page.getByTestId('outline-tab').first().waitFor();
    expect(await page.getByTestId('outline-tab').count()).toBe(10);
    await screenshot(page, 'editor');
    expect(await axeViolations(page)).toEqual([]);
    const list = await app.invoke('books:list', {});
    expect(list.ok && list.value.map((b) => b.countryCode)).toEqual(['JP']);
    expect(list.ok && list.value[0]?.meetingDate).toBe('2026-03-14');
  });

  it('follows the native menu: File > New book, then File > Open (library)', async () => {
    const { page } = app;
    await app.sendMenuCommand('new');
    await page.getByRole('heading', { name: 'New briefing book' }).waitFor();
    await app.sendMenuCommand('open');
    await page.getByTestId('book-row').first().waitFor();
    expect(await page.getByTestId('book-row').count()).toBe(1);
  });

  it('made no network request', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

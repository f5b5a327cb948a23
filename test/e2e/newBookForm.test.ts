// E2E: the new-book form's rough edges: errors at each field, a country list that shows no unchosen country as chosen, print warnings as typed.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';

const app = useApp({ viewport: { width: 1280, height: 1000 } });

async function openForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New book', exact: true }).first().click();
  await page.getByRole('heading', { name: 'New briefing book' }).waitFor();
}

/** The text of the element(s) a field's aria-describedby names. */
async function description(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`#${id}`).innerText()));
  return texts.join(' | ');
}

/** Whether the focused element is `field`. */
const isFocused = (field: Locator): Promise<boolean> =>
  field.evaluate((el) => el === document.activeElement);

describe('new-book form', () => {
  it('shows each error at its field and moves focus to the first one', async () => {
    const { page } = app;
    await openForm(page);
    const country = page.getByRole('listbox', { name: /^Country/ });
    const date = page.getByLabel('Meeting date');
    const city = page.getByLabel('City', { exact: true });
    const counterpart = page.getByLabel('Counterpart name', { exact: true });
    // Nothing is marked invalid before the officer asks to create.
    expect(await country.getAttribute('aria-invalid')).toBeNull();
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    // A native-script name without the name itself (it used to be dropped in silence), and a city too long.
    await page.getByLabel('Counterpart name in native script').fill('佐藤 花子');
    await city.fill('N'.repeat(301));
    await page.getByRole('button', { name: 'Create book' }).click();

    expect(await country.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, country)).toBe('Choose a country.');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, date)).toBe('Enter the meeting date.');
    expect(await city.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, city)).toBe('Use at most 300 characters.');
    expect(await counterpart.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, counterpart)).toBe(
      "Enter the counterpart's name too: the title and native-script name go with it.",
    );
    // Fields without a problem say nothing.
    expect(await page.getByLabel('Counterpart title').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('radio').first().getAttribute('aria-invalid')).toBeNull();
    // The first invalid field on screen has focus; the summary names every field, not its message only.
    expect(await isFocused(country)).toBe(true);
    expect(await page.locator('.error-message').innerText()).toBe(
      '4 fields need attention: Country, Meeting date, City, Counterpart name.',
    );
    await date.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'new-book-errors');
    expect(await axeViolations(page)).toEqual([]);
    const none = await app.invoke('books:list', {});
    expect(none.ok && none.value).toEqual([]);

    // Each message clears as its field is fixed; the next Create focuses the first one left.
    await page.getByLabel('Search countries').fill('Japan');
    await page.getByRole('heading', { name: 'Japan: facts on file' }).waitFor();
    expect(await country.getAttribute('aria-invalid')).toBeNull();
    expect(await country.getAttribute('aria-describedby')).toBeNull();
    await city.fill('Tokyo');
    expect(await city.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Create book' }).click();
    expect(await isFocused(date)).toBe(true);
    expect(await page.locator('.error-message').innerText()).toBe(
      '2 fields need attention: Meeting date, Counterpart name.',
    );
    await date.fill('2026-03-14');
    await counterpart.fill('Sato Hanako');
    expect(await page.locator('.error-message').count()).toBe(0);
    await counterpart.press('Enter');
    await page.getByRole('heading', { name: /U\.S\.-Japan Bilateral Space Dialogue/ }).waitFor();
    const list = await app.invoke('books:list', {});
    expect(list.ok && list.value.map((b) => [b.countryCode, b.city, b.counterpart])).toEqual([
      ['JP', 'Tokyo', 'Sato Hanako 佐藤 花子'],
    ]);
  });

  it('shows no country as chosen until one is, and then only that one', async () => {
    const { page } = app;
    await openForm(page);
    const country = page.getByRole('listbox', { name: /^Country/ });
    /** The country options that are selected (and so drawn highlighted): only a chosen one may be. */
    const chosen = () =>
      country.evaluate((el) =>
        Array.from((el as HTMLSelectElement).selectedOptions)
          .filter((o) => !o.hidden)
          .map((o) => o.text),
      );
    await country.locator('option:not([hidden])').first().waitFor();
    // Before: React selected the first option when none matched, so Afghanistan looked chosen.
    expect(await chosen()).toEqual([]);
    await country.screenshot({ path: await listShot('country-list-none') });
    await page.getByLabel('Search countries').fill('land'); // several matches: none chosen
    expect(await country.locator('option:not([hidden])').count()).toBeGreaterThan(1);
    expect(await chosen()).toEqual([]);
    await page.getByRole('button', { name: 'Create book' }).click();
    expect(await isFocused(country)).toBe(true);
    expect(await chosen()).toEqual([]); // focus alone highlights nothing
    // Arrow keys move through the list and choose, as in any list box.
    await page.keyboard.press('ArrowDown');
    const first = await country.locator('option:not([hidden])').first().innerText();
    expect(await chosen()).toEqual([first]);
    await country.selectOption({ label: 'Poland' });
    expect(await chosen()).toEqual(['Poland']);
    await page.getByRole('heading', { name: 'Poland: facts on file' }).waitFor();
    await country.screenshot({ path: await listShot('country-list-chosen') });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('warns at the field, as typed, when the PDF cannot print a script, naming it', async () => {
    const { page } = app;
    const native = page.getByLabel('Counterpart name in native script');
    const warning = page.locator('#new-book-warning-counterpartNative');
    const cases: Array<[string, string]> = [
      ['Sato 😀', 'Emoji can\'t be printed yet ("😀", U+1F600)'],
      ['ሰላም ተስፋዬ', 'Ethiopic script can\'t be printed yet ("ሰ", U+1230)'],
      ['\u202Eabc', "Bidirectional control characters can't be printed (U+202E)"],
    ];
    for (const [text, message] of cases) {
      await native.fill(text);
      await warning.filter({ hasText: message }).waitFor();
      expect(await description(page, native)).toContain(message);
    }
    await native.fill('Sato 😀');
    await warning.filter({ hasText: 'Emoji' }).waitFor();
    await warning.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'new-book-script-warning');
    expect(await axeViolations(page)).toEqual([]);
    // Scripts the PDF prints (Arabic, Hebrew, Persian, Thai, Japanese) clear the warning.
    for (const text of ['عبدالله', 'דוד כהן', 'پاکستان', 'สมชาย', '佐藤 花子']) {
      await native.fill(`Sato 😀`);
      await warning.waitFor();
      await native.fill(text);
      await warning.waitFor({ state: 'detached' });
      expect(await native.getAttribute('aria-describedby')).toBeNull();
    }
  });

  it('warns exactly when the export refuses the text', async () => {
    // The same sample through the form's check and through a real PDF export of a book holding it.
    for (const [nativeName, refused] of [
      ['Sato 😀', true],
      ['عبدالله', false],
    ] as const) {
      const check = await app.invoke('fonts:check', { text: nativeName, countryCode: 'JP' });
      expect(check.ok && check.value !== null).toBe(refused);
      const created = await app.invoke('books:create', {
        templateId: 'bilateral-space-dialogue',
        countryCode: 'JP',
        meeting: {
          date: '2026-05-12',
          city: 'Tokyo',
          counterpart: { name: 'Sato', nativeName },
          principal: null,
        },
      });
      if (!created.ok) throw new Error(created.error.message);
      const exported = await app.invoke('export:pdf', {
        jobId: `script-${refused}`,
        bookIds: [created.value.id],
        open: false,
      });
      expect(exported.ok ? 'printed' : exported.error.code).toBe(
        refused ? 'unsupported-script' : 'printed',
      );
    }
  });

  it('made no network request', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

/** A path for an element screenshot next to the harness's full-page ones. */
async function listShot(name: string): Promise<string> {
  const { screenshotDir } = await import('./harness/screenshot');
  return `${screenshotDir}/${name}.png`;
}

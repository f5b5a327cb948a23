// E2E: the Readiness panel (count, jump, placeholder highlight, F8) and the export dialog's final-export refusal.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCountry, loadCountries, loadFramework } from '../../core/data';
import { loadAuthorities } from '../../core/data/authorities';
import type { Book } from '../../core/book/schema';
import { checkReadiness, type ReadinessProblem } from '../../core/readiness';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { KE_NAIROBI } from './harness/seeds';
import { openBook } from './editorHelpers';

let book: Book;

const app = useApp({ seedBooks: [KE_NAIROBI] });
beforeAll(async () => {
  book = app.seeded[0]!;
  expect(findCountry(loadCountries(), 'KE').name).toBe('Kenya');
});

/** The same check the app runs, on the stored book. */
function expected(): ReadinessProblem[] {
  return checkReadiness({
    book,
    framework: loadFramework(),
    countries: loadCountries(),
    authorities: loadAuthorities(),
    today: new Date().toLocaleDateString('en-CA'),
  });
}
const selectedText = () => app.page.evaluate(() => window.getSelection()?.toString() ?? '');
const paneTitle = () => app.page.locator('#tab-pane-title').innerText();
const highlighted = () =>
  app.page.evaluate(() => {
    const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('bbe-placeholder');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });

describe('Readiness panel', () => {
  it('shows the count on the header and lists every problem', async () => {
    const { page } = app;
    await openBook(page, book.title);
    const problems = expected();
    const blockers = problems.filter((p) => p.severity === 'blocker').length;
    expect(blockers).toBeGreaterThan(20);
    await page
      .getByTestId('readiness-count')
      .filter({ hasText: `${blockers} blockers, ${problems.length - blockers} warning` })
      .waitFor();
    const items = page.getByRole('list', { name: 'Readiness problems' }).getByRole('button');
    expect(await items.count()).toBe(problems.length);
    expect(await page.locator('.readiness-item[data-kind="placeholder"]').count()).toBe(
      problems.filter((p) => p.kind === 'placeholder').length,
    );
    expect(await page.locator('.readiness-item[data-kind="fact-stale"]').count()).toBeGreaterThan(
      0,
    );
  });

  it('highlights the placeholders of the open tab', async () => {
    const inTab = expected().filter(
      (p) => p.kind === 'placeholder' && p.tabId === book.tabs[0]!.id,
    );
    const words = await highlighted();
    expect(words).toHaveLength(inTab.length);
    for (const w of words) expect(w).toMatch(/^\[Drafter:[^\]]*\]$/);
  });

  it('jumps to a problem in another tab: selects the tab and the placeholder, focused', async () => {
    const { page } = app;
    const target = expected().find(
      (p) => p.kind === 'placeholder' && p.tabId === book.tabs.at(-1)!.id,
    )!;
    const placeholder = /\[Drafter:[^\]]*\]/.exec(target.message)![0];
    await page
      .locator('.readiness-item[data-kind="placeholder"]')
      .filter({ hasText: target.where })
      .first()
      .click();
    await page.locator('#tab-pane-title').filter({ hasText: target.tabTitle! }).waitFor();
    await page.waitForFunction((want) => window.getSelection()?.toString() === want, placeholder);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('bbe-content')),
    ).toBe(true);
    await screenshot(page, 'readiness-panel');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('F8 and Shift+F8 go to the next and previous placeholder, across tabs', async () => {
    const { page } = app;
    const first = book.tabs[0]!;
    await page.getByRole('button', { name: first.title, exact: true }).click();
    await page.locator('#tab-pane-title').filter({ hasText: first.title }).waitFor();
    const inTab = expected()
      .filter((p) => p.kind === 'placeholder' && p.tabId === first.id)
      .map((p) => /\[Drafter:[^\]]*\]/.exec(p.message)![0]);
    expect(inTab.length).toBeGreaterThanOrEqual(2);
    // The first tab's editor has mounted once its placeholders are highlighted (as a user sees them).
    await expect.poll(async () => (await highlighted()).sort()).toEqual([...inTab].sort());
    await page.locator('.bbe-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await expect.poll(selectedText).toBe(inTab[0]);
    await page.keyboard.press('F8');
    await expect.poll(selectedText).toBe(inTab[1]);
    await page.keyboard.press('Shift+F8');
    await expect.poll(selectedText).toBe(inTab[0]);
    // Past the last placeholder of the tab: the next tab that has one.
    for (let i = 1; i < inTab.length; i++) await page.keyboard.press('F8');
    await expect.poll(selectedText).toBe(inTab.at(-1));
    await page.keyboard.press('F8');
    const next = expected().find(
      (p) => p.kind === 'placeholder' && p.tabId !== first.id && p.tabId !== null,
    )!;
    await page.locator('#tab-pane-title').filter({ hasText: next.tabTitle! }).waitFor();
    await page.waitForFunction(
      (want) => window.getSelection()?.toString() === want,
      /\[Drafter:[^\]]*\]/.exec(next.message)![0],
    );
    expect(await paneTitle()).toBe(next.tabTitle);
  });
});

describe('Export dialog', () => {
  const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });

  it('refuses a final export of the draft, listing its blockers; a draft export lists warnings and runs', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog().waitFor();
    await dialog()
      .getByRole('radio', { name: /^Final/ })
      .check();
    const refusals = dialog().getByTestId('export-refusals');
    await refusals.waitFor();
    expect(await refusals.innerText()).toMatch(
      /A final export is refused until these \d+ blockers/,
    );
    expect(await refusals.innerText()).toContain('Placeholder left: [Drafter:');
    expect(await refusals.innerText()).toContain('Clearance is not complete');
    const finalButton = dialog().getByRole('button', { name: 'Export (final)' });
    expect(await finalButton.isDisabled()).toBe(true);
    await screenshot(page, 'export-final-refused');
    expect(await axeViolations(page)).toEqual([]);

    await dialog()
      .getByRole('radio', { name: /^Draft/ })
      .check();
    const warnings = dialog().getByTestId('export-warnings');
    await warnings.waitFor();
    expect(await warnings.innerText()).toMatch(/readiness problems in this draft export/);
    expect(await warnings.innerText()).toContain('DRAFT watermark');
    await dialog().getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    expect(app.openedPaths).toHaveLength(1);
    await dialog().getByRole('button', { name: 'Close dialog' }).click();
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

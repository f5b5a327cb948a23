// E2E: compact library rows (truncated title, Open, an accessible "More" menu), trash rows, and rounds linked both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { BR_BRASILIA, JP_TOKYO, meeting } from './harness/seeds';
import { rowAction, trashAndOpenTrash } from './rowMenu';

// A labelled test title, long enough to wrap to several lines in the old layout.
const LONG_TITLE =
  'Test title: Kenya Bilateral Space Dialogue preparatory session on Earth observation data sharing, launch licensing, space situational awareness and lunar exploration cooperation';

/** Round 1 (seeded), round 2 and round 3 of the Japan dialogue, by book id. */
const round: string[] = [];

const app = useApp({
  viewport: { width: 1280, height: 800 },
  seedBooks: [
    JP_TOKYO,
    {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'KE',
      meeting: meeting('2026-04-20', 'Nairobi'),
    },
    BR_BRASILIA,
  ],
});
beforeAll(async () => {
  const kenya = app.seeded[1]!;
  const renamed = await app.invoke('books:save', {
    book: { ...kenya, title: LONG_TITLE, titleIsCustom: true },
  });
  if (!renamed.ok) throw new Error(renamed.error.message);
  // Rounds 2 and 3 through the real next-round handler.
  round.push(app.seeded[0]!.id);
  for (const date of ['2026-09-15', '2027-03-01']) {
    const next = await app.invoke('books:duplicate', { id: round.at(-1)!, meetingDate: date });
    if (!next.ok) throw new Error(next.error.message);
    round.push(next.value.id);
  }
  await app.page.reload();
  await app.page.getByTestId('book-row').nth(4).waitFor();
});
afterAll(async () => {
  expect(app.requests).toEqual([]);
});

const rows = () => app.page.getByTestId('book-row');
const row = (id: string) => app.page.locator(`[data-testid="book-row"][data-book-id="${id}"]`);
const focusedName = () =>
  app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

describe('library rows', () => {
  it('are one line each: the title truncates, its full text stays the name and tooltip', async () => {
    const { page } = app;
    const kenya = row(app.seeded[1]!.id);
    const title = kenya.locator('.book-title');
    expect(await title.getAttribute('title')).toBe(LONG_TITLE);
    // The full title is the accessible name of the title button (and of Open, and of the menu).
    expect(await page.getByRole('button', { name: LONG_TITLE, exact: true }).count()).toBe(1);
    expect(await kenya.getByRole('button', { name: `Open ${LONG_TITLE}` }).count()).toBe(1);
    const truncated = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(truncated).toBe(true);
    // One line: the long-title row is no taller than a short-title row.
    // (Pills differ by a pixel between rows; a second line of title would add about 20.)
    const heights = await rows().evaluateAll((trs) => trs.map((tr) => tr.clientHeight));
    const kenyaHeight = await kenya.evaluate((tr) => tr.clientHeight);
    expect(kenyaHeight).toBeLessThanOrEqual(Math.min(...heights) + 2);
    expect(Math.max(...heights)).toBeLessThan(60);
    // The Recent list above keeps to one line per book too.
    const recent = page.getByTestId('recent-book');
    const recentHeights = await recent.evaluateAll((lis) => lis.map((li) => li.clientHeight));
    expect(Math.max(...recentHeights)).toBe(Math.min(...recentHeights));
    const recentKenya = recent.filter({ has: page.locator(`[title="${LONG_TITLE}"]`) });
    expect(await recentKenya.count()).toBe(1);
    // One primary action and one menu button per row, nothing else.
    for (const tr of await rows().all()) {
      const buttons = tr.locator('.row-actions button');
      expect(await buttons.count()).toBe(2);
      expect(await buttons.nth(0).innerText()).toBe('Open');
      expect(await buttons.nth(1).getAttribute('aria-haspopup')).toBe('menu');
      expect(await buttons.nth(1).getAttribute('aria-expanded')).toBe('false');
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has a keyboard menu: arrows, Home/End, Escape closes and focus returns', async () => {
    const { page } = app;
    const brazil = app.seeded[2]!;
    const more = page.getByRole('button', { name: `More actions for ${brazil.title}` });
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: `Actions for ${brazil.title}` });
    await menu.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await more.getAttribute('aria-controls')).toBe(await menu.getAttribute('id'));
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Start next round…',
      'Export PDF…',
      'Export book file…',
      'Move to trash',
    ]);
    await expect.poll(focusedName).toBe('Start next round…');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('Export PDF…');
    await page.keyboard.press('End');
    expect(await focusedName()).toBe('Move to trash');
    await page.keyboard.press('ArrowDown'); // wraps round
    expect(await focusedName()).toBe('Start next round…');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe('Move to trash');
    await page.keyboard.press('Home');
    expect(await focusedName()).toBe('Start next round…');
    await screenshot(page, 'library-rows');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focusedName()).toBe(`More actions for ${brazil.title}`);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // ArrowUp on the button opens on the last item; a click elsewhere closes.
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedName).toBe('Move to trash');
    await page.getByRole('heading', { name: 'Library', level: 1 }).click();
    await menu.waitFor({ state: 'detached' });
  });

  it('runs a menu action, and Open opens the book', async () => {
    const { page } = app;
    await rowAction(page, /Brazil/, 'Export book file…');
    await page.getByText(/Book file saved to/).waitFor();
    const brazil = app.seeded[2]!;
    await page.getByRole('button', { name: `Open ${brazil.title}`, exact: true }).click();
    await page.getByRole('heading', { name: brazil.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Close book' }).click();
    await rows().nth(4).waitFor();
  });

  it('trash rows: Restore, and Delete permanently in the menu (with confirmation)', async () => {
    const { page } = app;
    await trashAndOpenTrash(page, /Brazil/);
    const trashRow = page.getByTestId('trash-row');
    await trashRow.first().waitFor();
    const buttons = trashRow.locator('.row-actions button');
    expect(await buttons.evaluateAll((bs) => bs.map((b) => b.textContent))).toEqual([
      'Restore',
      'More ▾',
    ]);
    await rowAction(page, /Brazil/, 'Delete permanently…');
    const dialog = page.getByRole('dialog', { name: 'Delete permanently?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Restore .*Brazil/ }).click();
    await page.getByText('The trash is empty.').waitFor();
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await rows().nth(4).waitFor();
  });
});

describe('rounds of one dialogue', () => {
  const pill = (id: string) => row(id).locator('.pill-round');
  const header = () => app.page.getByTestId('round-links');

  it('show their round number in the row, and link in the row menu', async () => {
    const { page } = app;
    expect(await pill(round[0]!).innerText()).toBe('Round 1');
    expect(await pill(round[1]!).innerText()).toBe('Round 2');
    expect(await pill(round[2]!).innerText()).toBe('Round 3');
    // Books outside a series show no round.
    expect(await pill(app.seeded[1]!.id).count()).toBe(0);
    const second = await app.invoke('books:get', { id: round[1]! });
    if (!second.ok) throw new Error(second.error.message);
    await page.getByRole('button', { name: `More actions for ${second.value.title}` }).click();
    const items = await page.getByRole('menuitem').allInnerTexts();
    expect(items.slice(0, 2)).toEqual([
      'Open previous round (2026-03-14)',
      'Open next round (2027-03-01)',
    ]);
    await page.getByRole('menuitem', { name: 'Open previous round (2026-03-14)' }).click();
    await page.locator('.editor-heading').filter({ hasText: 'meeting 2026-03-14' }).waitFor();
  });

  it('link to each other from the editor header', async () => {
    const { page } = app;
    // On round 1 now: it records no round, but has a next round, so it is round 1.
    await header().getByText('Round 1').waitFor();
    expect(await header().getByRole('button').allInnerTexts()).toEqual([
      'Next round (2026-09-15) →',
    ]);
    await header().getByRole('button', { name: 'Next round (2026-09-15) →' }).click();
    await page.locator('.editor-heading').filter({ hasText: 'meeting 2026-09-15' }).waitFor();
    await header().getByText('Round 2').waitFor();
    // The number shows at once (the book records it); the links once the library rows are read.
    await header().getByRole('button', { name: 'Next round (2027-03-01) →' }).waitFor();
    expect(await header().getByRole('button').allInnerTexts()).toEqual([
      '← Previous round (2026-03-14)',
      'Next round (2027-03-01) →',
    ]);
    // Earlier steps' toasts would cover the picture (they also time out on their own, hence no wait).
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    while ((await dismiss.count()) > 0)
      await dismiss
        .first()
        .click({ timeout: 1000 })
        .catch(() => undefined);
    await screenshot(page, 'rounds-linked');
    expect(await axeViolations(page)).toEqual([]);
    await header().getByRole('button', { name: 'Next round (2027-03-01) →' }).click();
    await page.locator('.editor-heading').filter({ hasText: 'meeting 2027-03-01' }).waitFor();
    await header().getByText('Round 3').waitFor();
  });

  it('a next round started in the app records its predecessor', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close book' }).click();
    await rows().nth(4).waitFor();
    await rowAction(page, /March 1, 2027/, 'Start next round…');
    await page.getByLabel('Next meeting date').fill('2027-09-20');
    await page.getByRole('button', { name: 'Create next round' }).click();
    await page.locator('.editor-heading').filter({ hasText: 'meeting 2027-09-20' }).waitFor();
    await header().getByText('Round 4').waitFor();
    await header().getByRole('button', { name: '← Previous round (2027-03-01)' }).waitFor();
    const list = await app.invoke('books:list', {});
    const fourth = list.ok ? list.value.find((b) => b.meetingDate === '2027-09-20') : undefined;
    expect(fourth).toMatchObject({ round: 4, previousRoundId: round[2] });
  });

  it('say so when the other round is in the trash or gone, never a broken link', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close book' }).click();
    await rows().nth(5).waitFor();
    const trashed = await app.invoke('books:trash', { id: round[0]! });
    expect(trashed.ok).toBe(true);
    await page.reload();
    await row(round[1]!)
      .getByRole('button', { name: /^Open / })
      .click();
    await header().getByText('Previous round is in the trash (2026-03-14)').waitFor();
    expect(await header().getByRole('button').allInnerTexts()).toEqual([
      'Next round (2027-03-01) →',
    ]);
    const purged = await app.invoke('books:purge', { id: round[0]! });
    expect(purged.ok).toBe(true);
    await page.getByRole('button', { name: 'Close book' }).click();
    await row(round[1]!)
      .getByRole('button', { name: /^Open / })
      .click();
    await header().getByText('Previous round is no longer in this library').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

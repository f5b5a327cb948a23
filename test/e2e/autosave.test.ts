// E2E: during uninterrupted typing a crash loses at most the last 2 s (the journal keeps up without a pause).
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type AppHandle } from './harness';
import { useLaunches } from './harness/useLaunches';

/** The guarantee under test (issue: "no more than 2 s of typing can be lost"). */
const MAX_LOSS_MS = 2000;
const TYPING_MS = 5000;
/** One key every 60 ms: far below the 400 ms pause the save paths wait for, so typing never pauses. */
const KEY_EVERY_MS = 60;

const launches = useLaunches();
let userDataDir: string;

async function start(seed: boolean): Promise<AppHandle> {
  const app = await launches.launch({
    userDataDir,
    seedBooks: seed
      ? [
          {
            templateId: 'bilateral-space-dialogue',
            countryCode: 'DE',
            meeting: { date: '2026-10-06', city: 'Berlin', counterpart: null, principal: null },
          },
        ]
      : [],
  });
  await app.page.getByTestId('book-row').first().waitFor();
  await app.page.getByTestId('book-row').first().locator('th button').click();
  await app.page.getByRole('button', { name: 'Background', exact: true }).waitFor();
  return app;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Numbered words, so any prefix of the typed text occurs nowhere else in the book. */
const words = Array.from({ length: 400 }, (_, i) => `zq${i}`).join(' ');

beforeAll(() => {
  userDataDir = launches.tempDir('autosave');
});

describe('autosave bound', () => {
  it('recovers all but the last 2 s after 5 s of uninterrupted typing and a crash', async () => {
    const app = await start(true);
    const bookId = app.seeded[0]!.id;
    const { page } = app;
    await page.getByRole('button', { name: 'Background', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Background content' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');

    // Real key events at a steady pace; `typedAt[i]` is when key i had been delivered to the page.
    const typedAt: number[] = [];
    const began = Date.now();
    for (let i = 0; Date.now() - began < TYPING_MS; i++) {
      await page.keyboard.type(words[i]!);
      typedAt.push(Date.now());
      await sleep(began + (i + 1) * KEY_EVERY_MS - Date.now());
    }
    const crashedAt = Date.now();
    await app.close({ keepUserData: true }); // no beforeunload, no unmount: a crash
    const typed = words.slice(0, typedAt.length);
    const mustSurvive = words.slice(0, typedAt.filter((t) => t <= crashedAt - MAX_LOSS_MS).length);
    // Else the check below would hold trivially (a loaded machine types fewer keys, not none).
    expect(mustSurvive.trim().length).toBeGreaterThan(0);

    const after = await start(false);
    // Five seconds of nonstop typing is shorter than the save's maximum wait: only the journal has it.
    const saved = await after.invoke('books:get', { id: bookId });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(JSON.stringify(saved.value.tabs)).not.toContain('zq0 zq1');
    await after.page
      .getByRole('alertdialog', { name: 'Unsaved changes found' })
      .waitFor({ timeout: 10_000 });
    expect(await axeViolations(after.page)).toEqual([]);
    await after.page.getByRole('button', { name: 'Recover unsaved changes' }).click();
    await after.page.getByRole('button', { name: 'Background', exact: true }).click();
    const text = await after.page.getByRole('textbox', { name: 'Background content' }).innerText();
    // Where the typing starts (the caret may have split a paragraph: text can follow it).
    const at = text.indexOf('zq0 ');
    expect(at, 'the typed text was not recovered').toBeGreaterThanOrEqual(0);
    let kept = 0;
    while (kept < typed.length && text[at + kept] === typed[kept]) kept++;
    const lost = `lost ${typed.length - kept} of ${typed.length} keys; the last ${typed.length - mustSurvive.length} were typed in the last 2 s`;
    expect(kept, lost).toBeGreaterThanOrEqual(mustSurvive.trimEnd().length);
    expect(await axeViolations(after.page)).toEqual([]);
  });

  it('made no network request and logged no error', () => {
    expect(launches.all.flatMap((a) => a.requests)).toEqual([]);
    expect(launches.all.flatMap((a) => a.errors)).toEqual([]);
  });
});

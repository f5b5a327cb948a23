// E2E: notices are pushed by main: one raised before the page listened is delivered once it does; one raised later appears at once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness';
import { useLaunches } from './harness/useLaunches';
import { JP_TOKYO } from './harness/seeds';

const launches = useLaunches();

describe('pushed notices', () => {
  it('a damaged preferences file, found before the page listened, is shown once it loads', async () => {
    const userDataDir = launches.tempDir('notices');
    writeFileSync(path.join(userDataDir, 'preferences.json'), '{ not json');
    const app = await launches.launch({ userDataDir });
    const notice = app.page
      .getByRole('alert')
      .filter({ hasText: 'preferences file could not be read' });
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    expect(await axeViolations(app.page)).toEqual([]);
    expect(app.requests).toEqual([]);
  });

  it('a PDF that cannot be opened after export is reported while the dialog is still open', async () => {
    const app = await launches.launch({
      seedBooks: [JP_TOKYO],
      openPath: () => Promise.reject(new Error('no PDF viewer is installed')),
    });
    const { page } = app;
    const title = app.seeded[0]!.title;
    await page.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    const notice = page.getByRole('status').filter({ hasText: 'but could not be opened' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('no PDF viewer is installed');
    expect(app.openedPaths).toHaveLength(1);
    expect(await notice.innerText()).toContain(app.openedPaths[0]!);
    expect(await dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(app.requests).toEqual([]);
  }, 180_000);
});

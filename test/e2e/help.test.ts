// E2E: Help: the keyboard-shortcut list (Ctrl+/), "Getting started", and the editor zoom (Ctrl+= / Ctrl+-) kept in preferences across a restart.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';

const app = useApp({ seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const zoomOf = () => app.page.locator('.bbe-content').evaluate((el) => getComputedStyle(el).zoom);
const savedZoom = async () => {
  const prefs = await app.invoke('prefs:get', {});
  if (!prefs.ok) throw new Error(prefs.error.message);
  return prefs.value.editorZoom;
};

describe('help', () => {
  it('Ctrl+/ lists the keyboard shortcuts', async () => {
    const { page } = app;
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const key of ['Ctrl+F', 'Ctrl+H', 'F8 / Shift+F8', 'Ctrl+= / Ctrl+-', 'Ctrl+/'])
      expect(text).toContain(key);
    await screenshot(page, 'help-shortcuts');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('"Getting started" is one page inside the app', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Getting started' }).click();
    const dialog = page.getByRole('dialog', { name: 'Getting started' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(5);
    expect(await dialog.innerText()).toContain('F8 goes to the next one');
    await screenshot(page, 'help-getting-started');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close dialog' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('Ctrl+= and Ctrl+- zoom the editor, and the zoom is kept in preferences', async () => {
    const { page } = app;
    await page.getByRole('button', { name: app.seeded[0]!.title, exact: true }).click();
    await page.locator('.bbe-content').waitFor();
    expect(await zoomOf()).toBe('1');
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(zoomOf).toBe('1.25');
    await page.keyboard.press('Control+-');
    await expect.poll(zoomOf).toBe('1.1');
    await expect.poll(savedZoom).toBe(1.1);
    // Only the editor zooms: the rest of the window stays as it was.
    expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).zoom)).toBe('1');
    await page.reload();
    await page.getByRole('button', { name: app.seeded[0]!.title, exact: true }).click();
    await page.locator('.bbe-content').waitFor();
    await expect.poll(zoomOf).toBe('1.1');
    await screenshot(page, 'help-editor-zoom');
    await page.keyboard.press('Control+0');
    await expect.poll(zoomOf).toBe('1');
    await expect.poll(savedZoom).toBe(1);
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

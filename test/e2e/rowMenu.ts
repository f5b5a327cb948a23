// E2E helper: runs a library or trash row's secondary action through its "More actions" menu.
import type { Page } from 'playwright-core';

/** Opens the "More actions for …" menu of the row whose title matches, and picks `item` from it. */
export async function rowAction(page: Page, title: RegExp, item: string | RegExp): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^More actions for .*${title.source}`) })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

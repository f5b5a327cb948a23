// E2E helper: a library or trash row's secondary actions through its "More actions" menu (and trashing a book).
import type { Page } from 'playwright-core';

/** Opens the "More actions for …" menu of the row whose title matches, and picks `item` from it. */
export async function rowAction(page: Page, title: RegExp, item: string | RegExp): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^More actions for .*${title.source}`) })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Moves the matching row's book to the trash, waits for the notice, and opens the Trash screen. */
export async function trashAndOpenTrash(page: Page, title: RegExp): Promise<void> {
  await rowAction(page, title, 'Move to trash');
  await page
    .getByText(/moved to the trash/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
}

// Shared steps for the editor e2e specs: seed an all-U book, open it, read back the saved tab content.
import type { Page } from 'playwright-core';
import type { SerializedNode } from '../../core/book/lexical';
import type { Book } from '../../core/book/schema';
import type { AppHandle, SeedBook } from './harness';

export const SEED: SeedBook = {
  templateId: 'bilateral-space-dialogue',
  countryCode: 'JP',
  meeting: { date: '2026-05-12', city: 'Tokyo', counterpart: null, principal: null },
};

/** Rewrites every portion mark and default mark in the book to U (so the banner starts UNCLASSIFIED). */
export function allUnclassified(book: Book): Book {
  const strip = (node: SerializedNode): SerializedNode => {
    const copy: SerializedNode = { ...node };
    if (copy.$?.mark !== undefined) copy.$ = { ...copy.$, mark: 'U' };
    if (copy.children) copy.children = copy.children.map(strip);
    return copy;
  };
  return {
    ...book,
    tabs: book.tabs.map((t) => ({
      ...t,
      defaultMark: 'U',
      content: {
        ...t.content,
        root: strip(t.content.root) as Book['tabs'][number]['content']['root'],
      },
    })),
  };
}

/** Saves the seeded book as all-U through the real handler, then opens it in the UI. */
export async function openAllUnclassifiedBook(app: AppHandle): Promise<Book> {
  const seeded = app.seeded[0]!;
  const saved = await app.invoke('books:save', { book: allUnclassified(seeded) });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.page.reload();
  await openBook(app.page, seeded.title);
  return seeded;
}

export async function openBook(page: Page, title: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) })
    .first()
    .click();
  await page.locator('.bbe-content').waitFor();
}

/** The book as stored, after autosave has caught up with the screen. */
export async function savedBook(app: AppHandle, id: string): Promise<Book> {
  await app.page
    .getByTestId('save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  const book = await app.invoke('books:get', { id });
  if (!book.ok) throw new Error(book.error.message);
  return book.value;
}

/** Every node of a tab's content, depth first. */
export function allNodes(root: SerializedNode): SerializedNode[] {
  const out: SerializedNode[] = [];
  const walk = (n: SerializedNode) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

export function textOf(node: SerializedNode): string {
  return allNodes(node)
    .map((n) => n.text ?? '')
    .join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Lets the page process the selectionchange a caret move queued (Lexical reads it then), as the
 * time between a person's keystrokes does: Enter handled before it would split at the old caret.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))',
  );
}

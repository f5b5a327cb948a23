// Test helper: drafts a book from a bundled template with the engine fixtures (or given data).
import { assembleBook, type MeetingInput } from '../../../core/book/assemble';
import { findTemplate, loadTemplates } from '../../../core/templates';
import type { Book, Tab } from '../../../core/book/schema';
import type { SerializedNode } from '../../../core/book/lexical';
import { walkNodes } from '../../../core/book/walk';
import { fixtureCountries, fixtureCountry, fixtureFramework } from '../../fixtures/engine/bundle';

export const NOW = '2026-03-01T09:30:00.000Z';
export const MEETING: MeetingInput = {
  date: '2026-03-12',
  city: 'Tokyo',
  counterpart: { name: 'Counterpart Name', title: 'Director-General' },
  principal: null,
};

/** A book from a bundled template for a fixture country. */
export function draft(templateId: string, code: string, meeting: MeetingInput = MEETING): Book {
  const template = findTemplate(loadTemplates(), templateId);
  return assembleBook(template, fixtureFramework, fixtureCountries, fixtureCountry(code), meeting, {
    now: NOW,
    id: 'book-1',
  });
}

/** The tab of `kind` (the first one). */
export function tabOf(book: Book, kind: Tab['kind']): Tab {
  const tab = book.tabs.find((t) => t.kind === kind);
  if (!tab) throw new Error(`book has no ${kind} tab`);
  return tab;
}

/** IDs of every framework-quote node in a tab (or the book), in order. */
export function quoteIds(where: Book | Tab): string[] {
  const tabs = 'tabs' in where ? where.tabs : [where];
  return tabs.flatMap((t) =>
    [...walkNodes(t.content.root)]
      .filter((n: SerializedNode) => n.type === 'framework-quote')
      .map((n) => String(n.itemId)),
  );
}

// Pure tab-list edits for the outline: move, add, rename, remove (each returns a new book).
import type { Book, Tab } from '../../../core/book/schema';
import { paragraph, root, withMark } from '../../../core/book/lexicalBuilders';

/** Moves the tab at `from` to index `to` (clamped); same book when nothing moves. */
export function moveTab(book: Book, from: number, to: number): Book {
  const target = Math.max(0, Math.min(book.tabs.length - 1, to));
  if (from === target || from < 0 || from >= book.tabs.length) return book;
  const tabs = [...book.tabs];
  const [moved] = tabs.splice(from, 1);
  tabs.splice(target, 0, moved!);
  return { ...book, tabs };
}

/** An id not used by any tab of the book ("tab-custom-3"). */
function freshTabId(book: Book): string {
  const used = new Set(book.tabs.map((t) => t.id));
  let n = book.tabs.length + 1;
  while (used.has(`tab-custom-${n}`)) n++;
  return `tab-custom-${n}`;
}

/** Appends a custom tab holding one empty paragraph marked with the tab's default mark. */
export function addTab(book: Book, title: string, defaultMark = 'U'): { book: Book; tab: Tab } {
  const tab: Tab = {
    id: freshTabId(book),
    kind: 'custom',
    title: title.trim() || 'New tab',
    defaultMark,
    content: root([withMark(paragraph(''), defaultMark)]),
  };
  return { book: { ...book, tabs: [...book.tabs, tab] }, tab };
}

/** Renames a tab; a blank title is refused (the schema requires one), returning the book unchanged. */
export function renameTab(book: Book, tabId: string, title: string): Book {
  const trimmed = title.trim().slice(0, 300);
  if (!trimmed) return book;
  return { ...book, tabs: book.tabs.map((t) => (t.id === tabId ? { ...t, title: trimmed } : t)) };
}

export function removeTab(book: Book, tabId: string): Book {
  return { ...book, tabs: book.tabs.filter((t) => t.id !== tabId) };
}

/** Replaces one tab's Lexical content. */
export function setTabContent(book: Book, tabId: string, content: Tab['content']): Book {
  return { ...book, tabs: book.tabs.map((t) => (t.id === tabId ? { ...t, content } : t)) };
}

// The kill test's book: 100 pages of prose (about 3,000 characters a page), generation number in the title, content alternating between two versions.
import type { Book } from '../../../core/book/schema';
import type { SerializedNode } from '../../../core/book/lexical';
import { makeBook } from './bookFixture';

/** Labelled test text (not policy); the at-rest checks search the disk for its first words. */
export const KILL_SENTENCE =
  'Kill-test prose sentence used only to fill pages of a storage test book with realistic length.';

const PAGES = 100;
const PAGES_PER_TAB = 10;

function page(n: number, variant: string): SerializedNode[] {
  const text = (k: number) =>
    `${variant} page ${n}, paragraph ${k}. ${Array.from({ length: 10 }, () => KILL_SENTENCE).join(' ')}`;
  return [
    {
      type: 'heading',
      tag: 'h3',
      $: { mark: 'U' },
      children: [{ type: 'text', text: `Page ${n}` }],
    },
    ...[1, 2, 3].map((k) => ({
      type: 'paragraph',
      $: { mark: 'U' },
      children: [{ type: 'text', text: text(k), format: 0 }],
    })),
  ];
}

function tabs(variant: string): Book['tabs'] {
  return Array.from({ length: PAGES / PAGES_PER_TAB }, (_, t) => ({
    id: `tab-${t + 1}`,
    kind: 'background' as const,
    title: `Part ${t + 1}`,
    defaultMark: 'U' as const,
    content: {
      root: {
        type: 'root',
        children: Array.from({ length: PAGES_PER_TAB }, (_, p) =>
          page(t * PAGES_PER_TAB + p + 1, variant),
        ).flat(),
      },
    },
  }));
}

const versionA = tabs('Version A');
const versionB = tabs('Version B');

/** Generation `gen` of the kill-test book (odd generations version A, even ones version B). */
export function killBook(gen: number): Book {
  return makeBook({
    id: 'kill-book',
    title: `Kill test generation ${gen}`,
    tabs: gen % 2 ? versionA : versionB,
  });
}

/** The generation number in a kill-test book's title. */
export function killGenerationOf(book: Book): number {
  const m = /^Kill test generation (\d+)$/.exec(book.title);
  if (!m) throw new Error(`not a kill-test book: "${book.title}"`);
  return Number(m[1]);
}

/** JSON with object keys sorted, so key order (which the schema may change) does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Equal apart from updatedAt (which every save stamps) and key order. */
export function sameContent(a: Book, b: Book): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

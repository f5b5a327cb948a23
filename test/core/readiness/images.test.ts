// Readiness on pictures: one without alt text is a warning at its block; alt text is checked for markings like any prose.
import { describe, expect, it } from 'vitest';
import type { Book } from '../../../core/book/schema';
import { loadCountries, loadFramework } from '../../../core/data';
import { loadAuthorities } from '../../../core/data/authorities';
import { checkReadiness } from '../../../core/readiness';
import { kenyaDraft } from '../../fixtures/books/kenyaDraft';

const framework = loadFramework();
const countries = loadCountries();
const authorities = loadAuthorities();
const HASH = 'b'.repeat(64);

function withImage(alt: string): Book {
  const book = kenyaDraft('img-1');
  const bios = book.tabs.find((t) => t.kind === 'biographies')!;
  bios.content.root.children.push({
    type: 'image',
    version: 1,
    hash: HASH,
    alt,
    width: 144,
    $: { mark: 'U' },
  });
  return book;
}
const problems = (book: Book) =>
  checkReadiness({ book, framework, countries, authorities, today: '2026-11-29' });

describe('readiness of pictures', () => {
  it('warns about a picture without alt text, at its block', () => {
    const book = withImage('  ');
    const bios = book.tabs.find((t) => t.kind === 'biographies')!;
    const found = problems(book).filter((p) => p.kind === 'image-no-alt');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        tabId: bios.id,
        path: [bios.content.root.children.length - 1],
      }),
    ]);
  });

  it('says nothing once the picture has alt text', () => {
    expect(
      problems(withImage('Portrait of the minister')).filter((p) => p.kind === 'image-no-alt'),
    ).toEqual([]);
  });

  it('refuses a classification marking in alt text', () => {
    const found = problems(withImage('TOP SECRET portrait')).filter(
      (p) => p.kind === 'classified-marking',
    );
    expect(found.length).toBeGreaterThan(0);
  });
});

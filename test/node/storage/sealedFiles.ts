// Test helpers to read and write sealed library files directly on disk with the shared test cipher.
import { readFileSync, writeFileSync } from 'node:fs';
import { TEST_CIPHER } from './memoryKeyProvider';

/** The plaintext of a sealed file (throws if it does not authenticate). */
export function readSealed(path: string, label: string): string {
  return TEST_CIPHER.open(readFileSync(path), label, path).toString('utf8');
}

/** Seals `text` under `label` and writes it, as the repository would. */
export function writeSealed(path: string, label: string, text: string): void {
  writeFileSync(path, TEST_CIPHER.seal(Buffer.from(text, 'utf8'), label));
}

/** The book title held in a sealed generation file. */
export function sealedTitle(path: string, id = 'book-1'): string {
  return (JSON.parse(readSealed(path, `book:${id}`)) as { book: { title: string } }).book.title;
}

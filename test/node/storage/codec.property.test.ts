// Property tests of the book-file codec (fast-check, 5000 runs each): no input crashes it or pollutes a prototype, valid books round-trip, mutations are accepted whole or refused with a typed error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasClassifiedMarking } from '../../../core/book/classifiedText';
import { SBU_CAVEATS } from '../../../core/book/marks';
import type { Book } from '../../../core/book/schema';
import { AppFailure } from '../../../core/ipc/result';
import { readBookFile, serializeBookFile } from '../../../node/storage/bookFile';
import { decodeBookBytes } from '../../../node/storage/textEncoding';
import { makeBook } from './bookFixture';

const RUNS = 5000;
const SAVED_AT = '2026-01-01T00:00:00.000Z';

const prototypeState = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|') + String(({} as Record<string, unknown>).polluted);
const PRISTINE = prototypeState();

/** Runs the codec on `text` as an import (bare books allowed): returns the book, or the AppFailure; anything else is a crash. */
function decode(text: string): Book | AppFailure {
  try {
    return readBookFile(text, 'prop.json', { requireChecksum: false });
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'validation') return error;
    throw error;
  }
}

const base = makeBook();
const baseText = JSON.stringify(base);

const mark = fc.oneof(
  fc.constant('U'),
  fc.constant('SBU'),
  fc.subarray([...SBU_CAVEATS], { minLength: 1 }).map((caveats) => ['SBU', ...caveats].join('//')),
);
const prose = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .filter((s) => !hasClassifiedMarking(s));

/** A valid book: the fixture with arbitrary title, city, paragraph text and marks. */
const validBook = fc
  .record({
    title: prose(120),
    city: prose(60),
    paragraphs: fc.array(fc.record({ text: prose(80), mark }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ title, city, paragraphs }): Book => {
    const book = makeBook({ title, meeting: { ...base.meeting, city } });
    book.tabs[0]!.content.root.children = paragraphs.map(({ text, mark: m }) => ({
      type: 'paragraph',
      $: { mark: m },
      children: [{ type: 'text', text, format: 0 }],
    }));
    return book;
  });

/** A path into a JSON value and the value there, chosen by `pick` at every level. */
function locate(
  root: unknown,
  picks: number[],
): { parent: Record<string, unknown> | unknown[]; key: string | number } | null {
  let parent: Record<string, unknown> | unknown[] | null = null;
  let key: string | number = '';
  let node = root;
  for (const pick of picks) {
    if (node === null || typeof node !== 'object') break;
    const keys: Array<string | number> = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown> | unknown[];
    key = keys[pick % keys.length]!;
    node = (parent as Record<string | number, unknown>)[key];
  }
  return parent ? { parent, key } : null;
}

describe('book-file codec properties', () => {
  it('arbitrary JSON never crashes the codec and never touches a prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        decode(JSON.stringify(value));
        expect(prototypeState()).toBe(PRISTINE);
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary bytes never crash the codec and never touch a prototype', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decode(decodeBookBytes(bytes, 'prop.json'));
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error;
        }
        expect(prototypeState()).toBe(PRISTINE);
      }),
      { numRuns: RUNS },
    );
  });

  it('objects with prototype keys anywhere are refused, never merged', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(
        hostileKey,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        (key, picks, payload) => {
          const value = JSON.parse(baseText) as unknown;
          const at = locate(value, picks);
          const target = at ? (at.parent as Record<string | number, unknown>)[at.key] : value;
          if (target === null || typeof target !== 'object' || Array.isArray(target)) return;
          // Text surgery, because assigning "__proto__" in JS would set the prototype instead of a key.
          const inner = JSON.stringify(target);
          const sep = Object.keys(target).length ? ',' : '';
          const hostile = `{${JSON.stringify(key)}:${JSON.stringify(payload)}${sep}${inner.slice(1)}`;
          const text = JSON.stringify(value).replace(inner, () => hostile);
          const result = decode(text);
          expect(result).toBeInstanceOf(AppFailure);
          expect((result as AppFailure).message).toMatch(/forbidden key/);
          expect(prototypeState()).toBe(PRISTINE);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any valid book round-trips equal, as an envelope and as a bare book', () => {
    fc.assert(
      fc.property(validBook, (book) => {
        expect(decode(serializeBookFile(book, SAVED_AT))).toEqual(book);
        expect(decode(JSON.stringify(book))).toEqual(book);
      }),
      { numRuns: RUNS },
    );
  });

  it('a mutated book is either accepted whole (and round-trips) or refused with a typed error', () => {
    const mutation = fc.record({
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      kind: fc.constantFrom('replace', 'delete', 'insert'),
      value: fc.jsonValue({ maxDepth: 3 }),
      key: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(mutation, ({ picks, kind, value, key }) => {
        const raw = JSON.parse(baseText) as Record<string, unknown>;
        const at = locate(raw, picks);
        if (!at) return;
        const parent = at.parent as Record<string | number, unknown>;
        if (kind === 'replace') parent[at.key] = value;
        else if (kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(at.key as number, 1);
          else delete parent[at.key];
        } else if (Array.isArray(parent)) parent.splice(at.key as number, 0, value);
        else
          Object.defineProperty(parent, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        const result = decode(JSON.stringify(raw));
        if (!(result instanceof AppFailure)) {
          // Accepted: what comes back is a valid book that survives its own round trip.
          expect(decode(serializeBookFile(result, SAVED_AT))).toEqual(result);
        } else {
          expect(result.message).toMatch(/^prop\.json: /);
        }
        expect(prototypeState()).toBe(PRISTINE);
      }),
      { numRuns: RUNS },
    );
  });
});

// core/clearance/contentHash.ts canonicalJson: the one-pass writer gives the very string the first, entry-sorting one gave (clearance hashes stay valid).
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import type { Tab } from '../../../core/book/schema';
import { createHash } from 'node:crypto';
import { canonicalJson, contentHash, setContentDigest } from '../../../core/clearance/contentHash';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { generatedBook } from '../../fixtures/books/generated';

/** The first implementation, kept here as the reference the hash of every stored clearance was made with. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('writes what the reference writes for whole books', () => {
    for (const book of [bilateralBook(), generatedBook(30)]) {
      expect(canonicalJson(book)).toBe(reference(book));
      expect(canonicalJson(book.tabs)).toBe(reference(book.tabs));
    }
  });

  it('sorts keys at every level, drops undefined members, keeps nulls and odd keys', () => {
    const odd = {
      zeta: [3, undefined, { b: 1, a: [null, 'x'] }],
      alpha: undefined,
      'é-key': 'ünïcode "quoted"\n',
      B: { y: true, x: false, w: null, v: () => 1 },
      '': 0,
      10: 'ten',
      2: 'two',
      date: new Date(0),
    };
    expect(canonicalJson(odd)).toBe(reference(odd));
    expect(canonicalJson(odd)).toBe(
      '{"":0,"10":"ten","2":"two","B":{"v":null,"w":null,"x":false,"y":true},"date":{},"zeta":[3,null,{"a":[null,"x"],"b":1}],"é-key":"ünïcode \\"quoted\\"\\n"}',
    );
  });

  it('hashes a book as the reference canonical form, before and after an edit', () => {
    const expected = (tabs: Tab[]) =>
      bytesToHex(
        sha256(
          utf8ToBytes(
            reference(
              tabs.map((t) => ({ id: t.id, kind: t.kind, title: t.title, content: t.content })),
            ),
          ),
        ),
      );
    const tabs = generatedBook(10).tabs;
    expect(contentHash(tabs)).toBe(expected(tabs));
    // A fresh copy with one tab changed.
    const copy = structuredClone(tabs);
    copy[1] = { ...copy[1]!, title: 'Changed title' };
    expect(contentHash(copy)).toBe(expected(copy));
    expect(contentHash(copy)).not.toBe(contentHash(tabs));
  });

  it("gives the same hash with Node's native SHA-256 as with @noble/hashes", () => {
    const tabs = structuredClone(bilateralBook().tabs);
    const noble = contentHash(tabs);
    setContentDigest((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
    try {
      expect(contentHash(structuredClone(tabs))).toBe(noble);
    } finally {
      setContentDigest((text) => bytesToHex(sha256(utf8ToBytes(text))));
    }
  });
});

// Stable block IDs: every drafted block gets one, IDs survive, duplicates and malformed ones are replaced.
import { describe, expect, it } from 'vitest';
import { blockId, ensureBlockIds } from '../../../core/book/blockIds';
import { bilateralBook } from '../../fixtures/books/bilateral';

const ids = (b: ReturnType<typeof bilateralBook>) =>
  b.tabs.flatMap((t) => t.content.root.children.map((n) => blockId(n)));

describe('ensureBlockIds', () => {
  it('gives every top-level block a unique ID, deterministically, and keeps existing ones', () => {
    const book = ensureBlockIds(bilateralBook());
    const all = ids(book);
    expect(all.every((id) => id !== undefined)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(ids(ensureBlockIds(bilateralBook()))).toEqual(all);
    expect(ensureBlockIds(book)).toBe(book); // nothing to do: the same object
  });

  it('gives a duplicated or malformed ID a fresh one, the first holder keeps its own', () => {
    const book = ensureBlockIds(bilateralBook());
    const blocks = book.tabs[0]!.content.root.children;
    const copy = structuredClone(book);
    const copied = copy.tabs[0]!.content.root.children;
    copied[1]!.$ = { ...copied[1]!.$, id: blockId(blocks[0]!) };
    copied[2]!.$ = { ...copied[2]!.$, id: 'x"><evil' };
    const fixed = ensureBlockIds(copy);
    const out = fixed.tabs[0]!.content.root.children.map((n) => blockId(n));
    expect(out[0]).toBe(blockId(blocks[0]!));
    expect(out[1]).not.toBe(out[0]);
    expect(out[2]).toMatch(/^b\d+$/);
    const all = ids(fixed);
    expect(new Set(all).size).toBe(all.length);
  });
});

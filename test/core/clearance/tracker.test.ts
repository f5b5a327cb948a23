// The clearance tracker: content hash (checked against node:crypto), office states, and the book's verdict.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import { canonicalJson, contentHash } from '../../../core/clearance/contentHash';
import {
  clearanceVerdict,
  isBookCleared,
  officeState,
  withOfficeStatus,
} from '../../../core/clearance/tracker';
import { bilateralBook } from '../../fixtures/books/bilateral';

const cleared = (): Book => BookSchema.parse(bilateralBook({ status: 'cleared' }));

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON of the tabs, whatever the key order', () => {
    const book = cleared();
    const canonical = canonicalJson(
      book.tabs.map((t) => ({ id: t.id, kind: t.kind, title: t.title, content: t.content })),
    );
    expect(contentHash(book.tabs)).toBe(createHash('sha256').update(canonical).digest('hex'));
    const reordered = JSON.parse(
      JSON.stringify(book.tabs, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ),
    ) as Book['tabs'];
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(book.tabs));
    expect(contentHash(reordered)).toBe(contentHash(book.tabs));
  });

  it('changes with one character of one tab, and with a tab title', () => {
    const book = cleared();
    const before = contentHash(book.tabs);
    const edited = structuredClone(book.tabs);
    edited[1]!.title += '.';
    expect(contentHash(edited)).not.toBe(before);
    const text = structuredClone(book.tabs);
    const para = text[0]!.content.root.children[0]!;
    const run = para.children!.find((c) => typeof c.text === 'string')!;
    run.text = `${String(run.text)} `;
    expect(contentHash(text)).not.toBe(before);
  });
});

describe('clearance tracker', () => {
  it('a fully cleared, approved book is cleared; an edit makes every office stale', () => {
    const book = cleared();
    expect(clearanceVerdict(book)).toEqual({ cleared: true, missing: [], stale: [] });
    const edited = { ...book, tabs: structuredClone(book.tabs) };
    edited.tabs[0]!.title = 'Purpose, revised';
    const verdict = clearanceVerdict(edited);
    expect(verdict.cleared).toBe(false);
    expect(verdict.stale.map((o) => o.office)).toEqual(['EAP/J', 'ISN/MTR']);
    // Recording the clearance again, for the current text, makes it current.
    const hash = contentHash(edited.tabs);
    edited.clearance = {
      ...edited.clearance,
      cleared: edited.clearance.cleared.map((o) => withOfficeStatus(o, 'cleared', hash)),
    };
    expect(isBookCleared(edited)).toBe(true);
  });

  it('lists what is missing: pending offices, an undated clearance, the approval', () => {
    const book = cleared();
    const hash = contentHash(book.tabs);
    const [first, second] = book.clearance.cleared;
    book.clearance.cleared = [
      withOfficeStatus(first!, 'pending', hash),
      { ...second!, date: null },
    ];
    book.clearance.approved = null;
    expect(officeState(book.clearance.cleared[0]!, hash)).toBe('pending');
    expect(book.clearance.cleared[0]!.contentHash).toBeUndefined();
    expect(clearanceVerdict(book)).toMatchObject({
      cleared: false,
      missing: ['clearance by EAP/J', 'the date ISN/MTR cleared', 'the approving official'],
    });
  });

  it('an entry from before the tracker (no status, no version) counts as cleared but stale', () => {
    const book = cleared();
    book.clearance.cleared = [{ office: 'L/OES', name: 'X. Y.', date: '2026-03-31' }];
    expect(officeState(book.clearance.cleared[0]!, contentHash(book.tabs))).toBe('stale');
    expect(isBookCleared(book)).toBe(false);
  });
});

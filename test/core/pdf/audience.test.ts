// The audience filter: which tabs and portions a non-paper and a pocket card keep (pure, core/pdf/audience.ts).
import { describe, expect, it } from 'vitest';
import { BookSchema, type Book, type Tab } from '../../../core/book/schema';
import { nodeText } from '../../../core/book/walk';
import { audienceBook, audienceTabs } from '../../../core/pdf/audience';
import { AppFailure } from '../../../core/ipc/result';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { doc, fq, h, li, list, p, t } from '../../fixtures/books/nodes';

const base = (): Book => BookSchema.parse(bilateralBook());
const tab = (id: string, kind: Tab['kind'], content: Tab['content']): Tab => ({
  id,
  kind,
  title: id,
  defaultMark: 'U',
  content,
});
const texts = (b: Book) => b.tabs.map((x) => nodeText(x.content.root));

describe('audienceTabs', () => {
  it('full keeps every tab as it is', () => {
    const book = base();
    expect(audienceBook(book, 'full').tabs).toEqual(book.tabs);
  });

  it('non-paper keeps U portions of its tab kinds only: SBU blocks and list items, if-raised quotes and heading-only tabs go', () => {
    const book = base();
    book.tabs = [
      tab(
        'points',
        'points-to-make',
        doc(
          p('U', t('Open point.')),
          p('SBU', t('Closed point.')),
          list('bullet', 'U', [li(undefined, t('Open item.')), li('SBU', t('Closed item.'))]),
          list('bullet', 'U', [li('SBU', t('Only closed.'))]),
          fq('U', {
            itemId: 'IR.x',
            itemKind: 'if-raised',
            cites: [],
            text: 'Reactive line.',
            raised: 'Ask',
          }),
        ),
      ),
      tab('bg', 'background', doc(h(2, 'U', t('Heading only')), p('SBU', t('Closed fact.')))),
      tab('ir', 'if-raised', doc(p('U', t('Open but defensive.')))),
      tab('who', 'participants', doc(p('U', t('Names.')))),
    ];
    const before = structuredClone(book.tabs);
    const out = audienceBook(book, 'nonpaper');
    expect(out.tabs.map((x) => x.id)).toEqual(['points']);
    const text = texts(out).join(' ');
    expect(text).toContain('Open point.');
    expect(text).toContain('Open item.');
    for (const gone of ['Closed', 'Only closed', 'Reactive', 'defensive', 'Names'])
      expect(text).not.toContain(gone);
    // Two blocks left: the paragraph and the list that still has an item.
    expect(out.tabs[0]!.content.root.children).toHaveLength(2);
    expect(book.tabs).toEqual(before); // pure: the input is untouched
  });

  it('pocket keeps Purpose and Points to Make, in book order', () => {
    const out = audienceBook(base(), 'pocket');
    expect(new Set(out.tabs.map((x) => x.kind))).toEqual(new Set(['purpose', 'points-to-make']));
  });

  it('refuses an audience that would print nothing, naming the book', () => {
    const book = base();
    const onlyIfRaised = book.tabs.filter((x) => x.kind === 'if-raised');
    expect(onlyIfRaised.length).toBeGreaterThan(0);
    for (const audience of ['nonpaper', 'pocket'] as const) {
      const run = () => audienceTabs(book, onlyIfRaised, audience);
      expect(run).toThrow(AppFailure);
      expect(run).toThrow(new RegExp(`Book "${book.title}"`));
    }
  });
});

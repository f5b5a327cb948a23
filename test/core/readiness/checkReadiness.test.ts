// The readiness check on real drafted books: each kind found where it is, with severity and a jump location.
import { describe, expect, it } from 'vitest';
import { assembleBook } from '../../../core/book/assemble';
import type { SerializedNode } from '../../../core/book/lexical';
import type { Book } from '../../../core/book/schema';
import { contentHash } from '../../../core/clearance/contentHash';
import { findCountry, loadCountries, loadFramework } from '../../../core/data';
import { loadAuthorities } from '../../../core/data/authorities';
import { checkReadiness, exportRefusals, isReady } from '../../../core/readiness';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { fieldNode } from '../../../core/book/fields';

const framework = loadFramework();
const countries = loadCountries();
const authorities = loadAuthorities();

function draft(code: string, date: string): Book {
  return assembleBook(
    findTemplate(loadTemplates(), 'bilateral-space-dialogue'),
    framework,
    countries,
    findCountry(countries, code),
    { date, city: 'Nairobi', counterpart: null, principal: null },
    { now: '2026-11-01T00:00:00.000Z', id: 'ready-1' },
  );
}
const check = (book: Book, today = '2026-11-29') =>
  checkReadiness({ book, framework, countries, authorities, today });
const at = (book: Book, tabId: string, path: number[]): SerializedNode =>
  path.reduce<SerializedNode>(
    (node, i) => node.children![i]!,
    book.tabs.find((t) => t.id === tabId)!.content.root,
  );

describe('checkReadiness', () => {
  it('finds a placeholder split by a live field (as the format-2 migration can leave one)', () => {
    const book = draft('KE', '2027-03-10');
    const tab = book.tabs[1]!;
    const split = {
      ...tab.content.root.children[0]!,
      children: [
        {
          type: 'text',
          text: '[Drafter: what ',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
        fieldNode('counterpart.name', 'Test Counterpart Alpha'),
        {
          type: 'text',
          text: ' wants from this one.]',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
      ],
    } as SerializedNode;
    tab.content.root.children = [split];
    const found = check(book).filter((p) => p.kind === 'placeholder' && p.tabId === tab.id);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '[Drafter: what Test Counterpart Alpha wants from this one.]',
    );
    expect(found[0]!.path).toEqual([0, 0]);
  });

  it('locates every placeholder at the text node that holds it', () => {
    const book = draft('KE', '2027-03-10');
    const placeholders = check(book).filter((p) => p.kind === 'placeholder');
    expect(placeholders.length).toBeGreaterThan(10);
    for (const p of placeholders) {
      const node = at(book, p.tabId!, p.path!);
      expect(node.text).toContain(/\[Drafter:[^\]]*\]/.exec(p.message)![0]);
    }
  });

  it('re-places unchanged blocks it has checked before when an edit moves them (the editor reuses their objects)', () => {
    const book = draft('KE', '2027-03-10');
    const before = check(book);
    const tab = book.tabs[1]!;
    const added = { ...tab.content.root.children[0]!, children: [] };
    const edited: Book = {
      ...book,
      tabs: book.tabs.map((t) =>
        t === tab
          ? {
              ...t,
              content: {
                root: { ...t.content.root, children: [added, ...t.content.root.children] },
              },
            }
          : t,
      ),
    };
    const after = check(edited);
    // The same answer as a check of fresh objects (nothing cached), one block further down.
    expect(after).toEqual(check(structuredClone(edited)));
    const moved = (ps: typeof before) =>
      ps.filter((p) => p.tabId === tab.id && p.kind === 'placeholder').map((p) => p.path);
    expect(moved(before).length).toBeGreaterThan(0);
    expect(moved(after)).toEqual(moved(before).map((path) => [path![0]! + 1, ...path!.slice(1)]));
    for (const p of after.filter((x) => x.kind === 'placeholder'))
      expect(at(edited, p.tabId!, p.path!).text).toContain(
        /\[Drafter:[^\]]*\]/.exec(p.message)![0],
      );
  });

  it('flags facts more than 90 days older than the meeting, and none for a near meeting', () => {
    const far = check(draft('KE', '2027-03-10')).filter((p) => p.kind === 'fact-stale');
    expect(far.map((p) => p.message.split(':')[0])).toContain('Artemis Accords');
    expect(far[0]!.message).toMatch(/as of 30 July 2026, more than 90 days before/);
    const near = check(draft('KE', '2026-08-15')).filter(
      (p) => p.kind === 'fact-stale' && p.message.startsWith('Artemis'),
    );
    expect(near).toEqual([]);
  });

  it('flags a low-confidence fact for verification (Djibouti’s Artemis date)', () => {
    const low = check(draft('DJ', '2026-10-01')).filter((p) => p.kind === 'fact-low-confidence');
    expect(low.map((p) => p.message)).toEqual([expect.stringMatching(/^Artemis Accords: verify/)]);
  });

  it('finds classified markings in text, titles and details as blockers for every export', () => {
    const book = draft('KE', '2027-03-10');
    const para = book.tabs[0]!.content.root.children.findIndex((n) => n.type === 'paragraph');
    const runs = book.tabs[0]!.content.root.children[para]!.children!;
    // Split across two runs, as bold formatting would.
    runs.splice(
      0,
      runs.length,
      { type: 'text', text: 'Note (S' },
      { type: 'text', text: '//NF) x' },
    );
    book.meeting.city = 'SECRET';
    const problems = check(book).filter((p) => p.kind === 'classified-marking');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'meeting', tabId: null, severity: 'blocker' }),
      expect.objectContaining({ tabId: book.tabs[0]!.id, path: [para] }),
    ]);
    expect(exportRefusals(problems, 'draft')).toHaveLength(2);
  });

  it('reports edited and unknown quotes, unmarked portions, empty tabs and a past meeting', () => {
    const book = draft('KE', '2026-01-10');
    const tab = book.tabs.find((t) =>
      t.content.root.children.some((n) => n.type === 'framework-quote'),
    )!;
    const blocks = tab.content.root.children;
    const q = blocks.findIndex((n) => n.type === 'framework-quote');
    blocks[q]!.children![0]!.text += ' Edited.';
    delete blocks[0]!.$;
    book.tabs[1]!.content.root.children = [{ type: 'paragraph', children: [] }];
    const kinds = check(book).map((p) => `${p.kind}:${p.severity}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'quote-edited:warning',
        'unmarked-portion:blocker',
        'empty-tab:warning',
        'meeting-past:warning',
        'clearance-incomplete:blocker',
      ]),
    );
    const edited = check(book).find((p) => p.kind === 'quote-edited')!;
    expect(edited.path).toEqual([q]);
  });

  it('is ready once placeholders are filled and clearance is complete', () => {
    const book = draft('KE', '2027-03-10');
    const fill = (n: SerializedNode): void => {
      if (typeof n.text === 'string') n.text = n.text.replace(/\[Drafter:[^\]]*\]/g, 'TBD');
      n.children?.forEach(fill);
    };
    book.tabs.forEach((t) => fill(t.content.root));
    expect(isReady(check(book))).toBe(false);
    const s = { office: 'OES', name: 'A. B.', date: '2026-11-01' };
    const office = { ...s, status: 'cleared' as const, contentHash: contentHash(book.tabs) };
    book.clearance = { drafted: s, cleared: [office], approved: s, status: 'cleared' };
    expect(check(book).filter((p) => p.severity === 'blocker')).toEqual([]);
    // An office recorded without the version it cleared (a book from before the tracker) is stale.
    book.clearance.cleared = [s];
    expect(check(book).map((p) => p.kind)).toContain('clearance-stale');
  });
});

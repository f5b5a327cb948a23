// The Word round trip end to end: export a drafted book, edit the DOCX as a reviewer would (plain edits, tracked
// changes, a comment), import it, accept some blocks and reject others, and check the book through the codec.
import { PackLibrary } from '../../../node/packs/packLibrary';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentService } from '../../../node/services/contentService';
import { exportDocx } from '../../../node/docx/exportDocx';
import { readDocx } from '../../../node/docx/readDocx';
import { buildReview } from '../../../core/docx/buildReview';
import { applyReview } from '../../../core/docx/applyReview';
import { blockSegments } from '../../../core/docx/segments';
import { blockId } from '../../../core/book/blockIds';
import { verifyQuote } from '../../../core/book/quotes';
import { checkReadiness } from '../../../core/readiness';
import { readBookFile, serializeBookFile } from '../../../node/storage/bookFile';
import type { Book } from '../../../core/book/schema';
import type { SerializedNode } from '../../../core/book/lexical';
import {
  commentsXml,
  editDocx,
  replaceRun,
  run,
  setBlockRuns,
  tracked,
} from '../../fixtures/docxEdit';

// The bundled data packs only: nothing is installed in this empty user data folder.
const content = createContentService(
  new PackLibrary({ userDataDir: mkdtempSync(join(tmpdir(), 'bbb-docx-packs-')) }),
);
const framework = content.framework();
const REVIEWER = 'Jane Reviewer (PM/ISO)';

function draft(): Book {
  return content.draftBook(
    'bilateral-space-dialogue',
    'JP',
    { date: '2026-03-12', city: 'Tokyo', counterpart: { name: 'Sato Aiko' }, principal: null },
    { now: new Date('2026-03-01T09:00:00Z'), id: 'book-jp' },
  );
}

const blocksOf = (book: Book, kind: string) =>
  book.tabs.find((t) => t.kind === kind)!.content.root.children;

describe('DOCX round trip: export, reviewer edits, import, accept some, reject others', () => {
  it('lists each changed block with a word diff, tracked changes by name and comments; applies only what was accepted', async () => {
    const book = draft();
    const { bytes } = await exportDocx(book, framework);
    const meeting = blocksOf(book, 'purpose')[0]!; // "Meeting with Sato Aiko ..." : plain edit, accepted
    const quote = blocksOf(book, 'purpose').find((b) => b.type === 'framework-quote')!; // tracked change, accepted
    const list = blocksOf(book, 'purpose').find((b) => b.type === 'list')!; // one item edited, accepted
    const scene = blocksOf(book, 'scene-setter')[0]!; // plain edit, rejected
    const scenario = blocksOf(book, 'scenario')[0]!; // a comment only
    const quoteText = blockSegments(quote)[0]!.text;
    const firstWord = quoteText.split(' ')[0]!;
    expect(verifyQuote(quote, framework, book.frameworkVersion)).toBeNull();

    const returned = editDocx(
      bytes,
      (xml) => {
        let out = setBlockRuns(
          xml,
          blockId(meeting)!,
          run('Meeting with Sato Aiko at the Foreign Ministry on March 12.'),
        );
        out = setBlockRuns(
          out,
          blockId(quote)!,
          tracked('del', 901, REVIEWER, firstWord) +
            tracked('ins', 902, REVIEWER, 'Advance') +
            run(quoteText.slice(firstWord.length)),
        );
        out = replaceRun(
          out,
          '[Drafter: second outcome, if any]',
          run('Agree on a date for the next round.'),
        );
        out = setBlockRuns(
          out,
          blockId(scene)!,
          run('A reviewer rewrote this paragraph entirely.'),
        );
        return out.replace(
          `<w:bookmarkStart w:name="${blockId(scenario)!}"`,
          `<w:commentRangeStart w:id="7"/><w:bookmarkStart w:name="${blockId(scenario)!}"`,
        );
      },
      {
        'word/comments.xml': commentsXml([
          { id: 7, author: 'Sam Clearer (OES/SAT)', text: 'Confirm timings with post.' },
        ]),
      },
    );

    const review = buildReview(
      readDocx(returned, 'returned.docx'),
      book,
      framework,
      'returned.docx',
    );
    const byId = new Map(review.blocks.map((b) => [b.blockId, b]));
    expect([...byId.keys()].sort()).toEqual(
      [meeting, quote, list, scene, scenario].map((b) => blockId(b)!).sort(),
    );
    const m = byId.get(blockId(meeting)!)!;
    expect(m.tabTitle).toBe('Purpose and Objectives');
    expect(m.changes).toHaveLength(1);
    expect(m.changes[0]!.after).toBe('Meeting with Sato Aiko at the Foreign Ministry on March 12.');
    expect(m.changes[0]!.diff.filter((d) => d.kind === 'added').map((d) => d.text)).toEqual(
      expect.arrayContaining(['Foreign', 'Ministry']),
    );
    expect(
      m.changes[0]!.diff.filter((d) => d.kind === 'removed')
        .map((d) => d.text)
        .join(''),
    ).toContain('principal');

    const q = byId.get(blockId(quote)!)!;
    expect(q.cleared).toBe(true);
    expect(q.suggestions).toEqual([
      { kind: 'delete', author: REVIEWER, date: '2026-04-03T10:00:00Z', text: firstWord },
      { kind: 'insert', author: REVIEWER, date: '2026-04-03T10:00:00Z', text: 'Advance' },
    ]);
    expect(q.changes[0]!.after).toBe(`Advance${quoteText.slice(firstWord.length)}`);

    const l = byId.get(blockId(list)!)!;
    expect(l.changes.map((c) => [c.path, c.after])).toEqual([
      [[1], 'Agree on a date for the next round.'],
    ]);
    expect(byId.get(blockId(scenario)!)!.comments).toEqual([
      { author: 'Sam Clearer (OES/SAT)', text: 'Confirm timings with post.' },
    ]);
    expect(byId.get(blockId(scenario)!)!.changes).toEqual([]);

    // The officer accepts three blocks and rejects the rewrite of the scene-setter.
    const next = applyReview(book, review, [blockId(meeting)!, blockId(quote)!, blockId(list)!]);
    const find = (b: Book, id: string): SerializedNode =>
      b.tabs.flatMap((t) => t.content.root.children).find((n) => blockId(n) === id)!;
    expect(blockSegments(find(next, blockId(meeting)!))[0]!.text).toBe(
      'Meeting with Sato Aiko at the Foreign Ministry on March 12.',
    );
    expect(blockSegments(find(next, blockId(list)!)).map((s) => s.text)).toEqual(
      blockSegments(list).map((s, i) => (i === 1 ? 'Agree on a date for the next round.' : s.text)),
    );
    expect(find(next, blockId(scene)!)).toEqual(scene);
    expect(find(next, blockId(scenario)!)).toEqual(scenario);
    // The edited quote is no longer cleared language: it prints as the officer's text and readiness says so.
    const edited = find(next, blockId(quote)!);
    expect(edited.$?.mark).toBe(quote.$?.mark);
    expect(verifyQuote(edited, framework, next.frameworkVersion)).toBe('text-altered');
    const problems = checkReadiness({ book: next, framework, today: '2026-03-01' });
    expect(problems.some((p) => p.kind === 'quote-edited')).toBe(true);
    expect(
      checkReadiness({ book, framework, today: '2026-03-01' }).some(
        (p) => p.kind === 'quote-edited',
      ),
    ).toBe(false);
    // Every other tab is untouched, and the result passes the one codec every book passes.
    for (const kind of ['background', 'participants', 'schedule'])
      expect(blocksOf(next, kind)).toEqual(blocksOf(book, kind));
    const stored = readBookFile(serializeBookFile(next, '2026-03-02T00:00:00.000Z'), 'jp.json', {
      requireChecksum: false,
    });
    expect(stored.tabs).toEqual(next.tabs);
  });

  it('refuses to apply a block that changed in the app after the import', async () => {
    const book = draft();
    const { bytes } = await exportDocx(book, framework);
    const scene = blocksOf(book, 'scene-setter')[0]!;
    const returned = editDocx(bytes, (xml) =>
      setBlockRuns(xml, blockId(scene)!, run('Reviewer text.')),
    );
    const review = buildReview(readDocx(returned, 'r.docx'), book, framework, 'r.docx');
    const moved = structuredClone(book);
    const tab = moved.tabs.find((t) => t.kind === 'scene-setter')!;
    tab.content.root.children[0] = {
      ...tab.content.root.children[0]!,
      children: [
        {
          type: 'text',
          text: 'Officer edit.',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
      ],
    };
    expect(() => applyReview(moved, review, [blockId(scene)!])).toThrow(
      /changed in the app since the file was imported/,
    );
  });
});

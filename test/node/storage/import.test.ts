// Importing book files is hostile input: every bad file is refused with a message naming the problem, nothing is saved.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookRepository } from '../../../node/storage/bookRepository';
import { serializeBookFile } from '../../../node/storage/bookFile';
import { makeBook } from './bookFixture';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

function setup() {
  const userDataDir = tempDir();
  return { userDataDir, repo: new BookRepository({ userDataDir }) };
}

const booksOnDisk = (userDataDir: string): string[] =>
  existsSync(join(userDataDir, 'books'))
    ? readdirSync(join(userDataDir, 'books')).filter((n) => n !== 'index.json')
    : [];

async function expectRejected(text: string, pattern: RegExp, code = 'validation') {
  const { repo, userDataDir } = setup();
  const attempt = repo.importText('hostile.json', text, 'fresh-id');
  await expect(attempt).rejects.toMatchObject({ code });
  await expect(attempt).rejects.toThrow(pattern);
  expect(booksOnDisk(userDataDir)).toEqual([]);
}

describe('import', () => {
  it('imports an exported envelope under a fresh id', async () => {
    const { repo } = setup();
    const text = serializeBookFile(makeBook({ id: 'original' }), '2026-01-01T00:00:00.000Z');
    const book = await repo.importText('exported.briefing.json', text, 'fresh-id');
    expect(book.id).toBe('fresh-id');
    expect(book.title).toBe(makeBook().title);
    expect((await repo.list()).map((s) => s.id)).toEqual(['fresh-id']);
  });

  it('imports a bare book object too', async () => {
    const { repo } = setup();
    const book = await repo.importText('bare.json', JSON.stringify(makeBook()), 'x1');
    expect(book.tabs).toHaveLength(2);
  });

  it('refuses invalid JSON', () =>
    expectRejected('{"formatVersion": 1,', /hostile\.json: is not valid JSON/));

  it('refuses a file with the wrong schema, naming the field', () =>
    expectRejected(JSON.stringify({ ...makeBook(), title: 42 }), /hostile\.json: \$\.title: /));

  it('refuses something that is not a book at all', () =>
    expectRejected(JSON.stringify([1, 2, 3]), /not a briefing book \(expected a JSON object\)/));

  it('refuses __proto__ keys anywhere', () => {
    const text = JSON.stringify(makeBook()).replace(
      '"content":{',
      '"content":{"__proto__":{"polluted":true},',
    );
    return expectRejected(text, /forbidden key "__proto__" at \$\.tabs\[0\]\.content/);
  });

  it('refuses constructor.prototype smuggling', () =>
    expectRejected('{"constructor":{"prototype":{"x":1}}}', /forbidden key "constructor" at \$/));

  it('refuses a 100 MB file before parsing it', () =>
    expectRejected(
      `"${'a'.repeat(100_000_000)}"`,
      /is 100\.0 MB; a book file may be at most 50 MB/,
    ));

  it('refuses 100k-deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    return expectRejected(
      `{"formatVersion":1,"tabs":${deep}}`,
      /nested more than 100 levels deep at \$\.tabs\[0\]/,
    );
  });

  it('refuses deep Lexical content nesting inside the depth budget of plain JSON', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 30; i++) node = { type: 'paragraph', children: [node] };
    const book = makeBook();
    const text = JSON.stringify({
      ...book,
      tabs: [{ ...book.tabs[0], content: { root: { type: 'root', children: [node] } } }],
    });
    return expectRejected(text, /content is nested deeper than 24 levels/);
  });

  it('refuses an unknown node type', () => {
    const text = JSON.stringify(makeBook()).replace('"type":"paragraph"', '"type":"script-embed"');
    return expectRejected(text, /unknown node type/);
  });

  it('refuses a classified marking in a tab default', () => {
    const book = makeBook();
    const text = JSON.stringify({ ...book, tabs: [{ ...book.tabs[0], defaultMark: 'SECRET' }] });
    return expectRejected(text, /"SECRET" is a classified marking/);
  });

  it('refuses a classified portion mark on a block', () => {
    const text = JSON.stringify(makeBook()).replace('"mark":"SBU"', '"mark":"TS//NOFORN"');
    return expectRejected(
      text,
      /tab 2 "Schedule", block 1: "TS\/\/NOFORN" is a classified marking/,
    );
  });

  it('refuses a book from a newer app version', () =>
    expectRejected(
      JSON.stringify({ ...makeBook(), formatVersion: 7 }),
      /newer version of Briefing Book Builder \(book format 7/,
    ));

  it('refuses an envelope whose checksum does not match', () => {
    const text = serializeBookFile(makeBook(), '2026-01-01T00:00:00.000Z').replace(
      'Japan dialogue',
      'Altered',
    );
    return expectRejected(text, /checksum mismatch/);
  });

  it('refuses a foreign envelope kind', () =>
    expectRejected(
      '{"kind":"spreadsheet","book":{}}',
      /is a "spreadsheet" file, not a briefing book/,
    ));
});

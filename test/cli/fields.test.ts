// `brief set` and `brief next-round` end to end: the exported PDF shows the new details and no trace of the old.
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../core/book/schema';
import { walkNodes } from '../../core/book/walk';
import { pdfPages } from '../fixtures/pdfPages';
import { brief, briefNew, buildCli } from './run';
import { expectCleanFailure } from './cleanFailure';

let dir: string;
const path = (name: string) => join(dir, name);
const readBook = (name: string): Book =>
  BookSchema.parse(JSON.parse(readFileSync(path(name), 'utf8')));

/** PDF text with all whitespace removed, so a value wrapped across lines or text items still matches. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function exportText(book: string): Promise<string> {
  const pdf = book.replace(/\.json$/, '.pdf');
  const r = brief(['export', book, '--out', pdf, '--force'], dir);
  expect(r.code, r.stderr).toBe(0);
  return squash((await pdfPages(readFileSync(path(pdf)))).join(' '));
}

/** Values of every field node in a book, by field name. */
function fieldTexts(book: Book, field: string): string[] {
  return book.tabs.flatMap((t) =>
    [...walkNodes(t.content.root)]
      .filter((n) => n.type === 'field' && n.field === field)
      .map((n) => String(n.text)),
  );
}

/** The old details as the drafted PDF prints them (one date style: the text, the title and the cover). */
const OLD = ['March10,2027', 'Nairobi', 'TestCounterpartAlpha'];

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-fields-'));
  const r = briefNew(
    {
      country: 'KE',
      date: '2027-03-10',
      options: [
        '--city',
        'Nairobi',
        '--counterpart',
        'Test Counterpart Alpha',
        '--counterpart-title',
        'Director General (test title)',
        '--principal',
        'Test Principal Bravo',
      ],
      out: 'ke.json',
    },
    dir,
  );
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief set', () => {
  it('changes date, city and counterpart everywhere: no trace of the old values in the PDF', async () => {
    const before = await exportText('ke.json');
    // The drafted PDF does print the old details (so the check below can fail).
    for (const old of OLD) expect(before, old).toContain(old);
    expect(before).not.toContain('10March2027'); // the cover writes the date as the title does

    const r = brief(
      [
        'set',
        'ke.json',
        '--date',
        '2027-09-15',
        '--city',
        'Mombasa',
        '--counterpart',
        'Test Counterpart Charlie',
        '--counterpart-title',
        'Minister (test title)',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Updated ke\.json: "U\.S\.-Kenya Bilateral Space Dialogue, September 15, 2027"/,
    );
    const book = readBook('ke.json');
    expect(book.title).toBe('U.S.-Kenya Bilateral Space Dialogue, September 15, 2027');
    expect(book.meeting.counterpart).toEqual({
      name: 'Test Counterpart Charlie',
      title: 'Minister (test title)',
    });
    expect(fieldTexts(book, 'meeting.city').every((t) => t === 'Mombasa')).toBe(true);

    const after = await exportText('ke.json');
    for (const old of [...OLD, '10March2027', '2027-03-10', 'DirectorGeneral(testtitle)'])
      expect(after, old).not.toContain(old);
    for (const now of [
      'September15,2027',
      'Mombasa',
      'TestCounterpartCharlie',
      'Minister(testtitle)',
    ])
      expect(after, now).toContain(now);
  });

  it('then next-round moves every field to the new date and city in a new file', async () => {
    const r = brief(
      ['next-round', 'ke.json', '--date', '2028-01-20', '--city', 'Kisumu', '--out', 'ke2.json'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const next = readBook('ke2.json');
    const past = readBook('ke.json');
    expect(next.id).not.toBe(past.id);
    expect(next.clearance.status).toBe('draft');
    expect(next.title).toBe('U.S.-Kenya Bilateral Space Dialogue, January 20, 2028');
    expect(past.meeting.date).toBe('2027-09-15');
    const text = await exportText('ke2.json');
    for (const old of ['September15,2027', '15September2027', '2027-09-15', 'Mombasa'])
      expect(text, old).not.toContain(old);
    for (const now of ['January20,2028', 'Kisumu', 'TestCounterpartCharlie'])
      expect(text, now).toContain(now);
  });

  it('migrates a format-1 book on the way and writes format 2 with fields', () => {
    copyFileSync(new URL('../fixtures/books/kenya-v1.book.json', import.meta.url), path('v1.json'));
    const r = brief(['set', 'v1.json', '--city', 'Mombasa'], dir);
    expect(r.code, r.stderr).toBe(0);
    const book = readBook('v1.json');
    expect(book.formatVersion).toBe(2);
    expect(fieldTexts(book, 'meeting.city').length).toBeGreaterThan(1);
    expect(JSON.stringify(book.tabs)).not.toContain('Nairobi');
  });

  it('takes --counterpart-native in new and set', () => {
    const r = briefNew(
      {
        country: 'JP',
        date: '2027-03-10',
        options: ['--counterpart', 'Test Counterpart', '--counterpart-native', 'テスト'],
        out: 'jp.json',
      },
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readBook('jp.json').meeting.counterpart?.nativeName).toBe('テスト');
    expect(fieldTexts(readBook('jp.json'), 'counterpart.nativeName')).toEqual(['テスト']);
    expect(brief(['set', 'jp.json', '--counterpart-native', 'テストニ'], dir).code).toBe(0);
    expect(fieldTexts(readBook('jp.json'), 'counterpart.nativeName')).toEqual(['テストニ']);
  });

  it('refuses bad input in one line and leaves the file byte for byte as it was', () => {
    const before = readFileSync(path('ke.json'));
    expectCleanFailure(
      brief(['set', 'ke.json', '--date', '2027-02-30'], dir),
      1,
      /^brief: --date 2027-02-30: not a real date as YYYY-MM-DD$/,
    );
    expectCleanFailure(brief(['set', 'ke.json'], dir), 2, /give at least one detail/);
    expectCleanFailure(brief(['set', 'ke.json', '--bogus', 'x'], dir), 2, /bogus/);
    expectCleanFailure(
      brief(['set', 'missing.json', '--city', 'X'], dir),
      1,
      /missing\.json: no such file/,
    );
    expectCleanFailure(
      brief(['set', 'ke.json', '--city', 'x'.repeat(301)], dir),
      1,
      /meeting\.city/,
    );
    expect(readFileSync(path('ke.json')).equals(before)).toBe(true);
  });

  it('next-round refuses a bad date, a missing --out or an existing file, writing nothing', () => {
    expectCleanFailure(
      brief(['next-round', 'ke.json', '--date', '2028-13-01', '--out', 'bad.json'], dir),
      1,
      /--date 2028-13-01: not a real date/,
    );
    expect(existsSync(path('bad.json'))).toBe(false);
    expectCleanFailure(brief(['next-round', 'ke.json', '--date', '2028-01-01'], dir), 2, /--out/);
    expectCleanFailure(
      brief(['next-round', 'ke.json', '--date', '2028-01-01', '--out', 'ke2.json'], dir),
      1,
      /ke2\.json already exists/,
    );
  });
});
